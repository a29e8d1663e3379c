package dev.crmsync.gateway.contact;

import static dev.crmsync.gateway.testing.ApiFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.testing.Acme;
import dev.crmsync.gateway.testing.SeededApiTest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactApiTest extends SeededApiTest {
  @Test
  void servesTheCrmRecordsContactInformationNotTheDirectorys() throws Exception {
    JsonObject contact = api.ok("contactInfo", api.get("/api/v1/people/pr1/contact", bearer(acme.acmeToken)));
    assertThat(contact.getJsonArray("emails").getList()).containsExactly("jane@northwind.example");
    assertThat(contact.getJsonArray("phones").getList()).containsExactly(
        Map.of("kind", "WORK", "number", "+49 30 555 0100"), Map.of("kind", "MOBILE", "number", "+49 170 555 0101"));
    assertThat(contact.getString("address")).isEqualTo("Unter den Linden 1, Berlin, 10117, Germany");
    assertThat(contact.getJsonObject("crm").getString("id")).isEqualTo(Acme.JANE_CONTACT);
    assertThat(contact.encode()).doesNotContain("jane.private").doesNotContain("+4930111111");
  }

  @Test
  void answersEachTenantFromItsOwnRecord() throws Exception {
    JsonObject globex = api.ok("contactInfo", api.get("/api/v1/people/pr1/contact", bearer(acme.globexToken)));
    assertThat(globex.getJsonArray("emails").getList()).isEqualTo(List.of("jd@globex.example"));
    assertThat(globex.getJsonArray("phones").getList()).isEmpty();
    assertThat(globex.getValue("address")).isNull();
  }

  @Test
  void answers404ForPeopleNotInTheCrm() throws Exception {
    assertThat(api.error("contactInfo", 404, api.get("/api/v1/people/pr3/contact", bearer(acme.acmeToken))))
        .isEqualTo("NOT_IN_CRM");
    api.error("contactInfo", 404, api.get("/api/v1/people/pr2/contact", bearer(acme.acmeToken)));
    api.error("contactInfo", 400, api.get("/api/v1/people/bad%20id/contact", bearer(acme.acmeToken)));
    api.error("contactInfo", 401, api.get("/api/v1/people/pr1/contact", Map.of()));
  }
}
