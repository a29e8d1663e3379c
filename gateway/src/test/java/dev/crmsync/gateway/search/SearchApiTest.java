package dev.crmsync.gateway.search;

import static dev.crmsync.gateway.testing.ApiFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.testing.Acme;
import dev.crmsync.gateway.testing.SeededApiTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchApiTest extends SeededApiTest {
  private JsonObject people(String query) throws Exception {
    return api.ok("searchPeople", api.get("/api/v1/search/people?" + query, bearer(acme.acmeToken)));
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(item -> ((JsonObject) item).getString("id")).toList();
  }

  @Test
  void filtersPeopleByPresenceInTheCrm() throws Exception {
    assertThat(ids(people("q=northwind&crm=any"))).containsExactly("pr1", "pr3");
    assertThat(ids(people("q=northwind&crm=in"))).containsExactly("pr1");
    assertThat(ids(people("q=northwind&crm=out"))).containsExactly("pr3");
  }

  @Test
  void filtersByNameTitleCompanyAndLocation() throws Exception {
    assertThat(ids(people("name=jane%20doe"))).containsExactly("pr1", "pr4");
    assertThat(ids(people("name=jane&location=germany"))).containsExactly("pr1");
    assertThat(ids(people("title=cfo"))).containsExactly("pr3");
    assertThat(ids(people("company=initech"))).containsExactly("pr2");
    assertThat(ids(people("company=pine"))).as("past positions do not count").isEmpty();
    assertThat(ids(people("q=jane%20berlin"))).as("every word must occur").containsExactly("pr1");
    assertThat(ids(people("q=j_ne"))).as("LIKE wildcards are literal").isEmpty();
    api.error("searchPeople", 400, api.get("/api/v1/search/people?q=100%25", bearer(acme.acmeToken)));
  }

  @Test
  void showsThePublicProfileAndTheCrmLinkOnly() throws Exception {
    JsonObject jane = people("name=jane&crm=in").getJsonArray("items").getJsonObject(0);
    assertThat(jane.getString("name")).isEqualTo("Jane Doe");
    assertThat(jane.getString("title")).isEqualTo("Head of Procurement");
    assertThat(jane.getString("company")).isEqualTo("Northwind Traders");
    assertThat(jane.getJsonObject("crm").getString("id")).isEqualTo(Acme.JANE_CONTACT);
    assertThat(jane.encode()).doesNotContain("private").doesNotContain("+4930111111");
  }

  @Test
  void pages() throws Exception {
    JsonObject first = people("limit=2");
    assertThat(ids(first)).containsExactly("pr1", "pr2");
    assertThat(first.getBoolean("hasMore")).isTrue();
    JsonObject last = people("limit=2&offset=2");
    assertThat(ids(last)).containsExactly("pr3", "pr4");
    assertThat(last.getBoolean("hasMore")).isFalse();
  }

  @Test
  void searchesCompanies() throws Exception {
    JsonObject page = api.ok("searchCompanies",
        api.get("/api/v1/search/companies?name=northwind&crm=out", bearer(acme.acmeToken)));
    assertThat(ids(page)).containsExactly("co2");
    JsonObject globex = api.ok("searchCompanies",
        api.get("/api/v1/search/companies?q=northwind&crm=in", bearer(acme.globexToken)));
    assertThat(ids(globex)).as("Acme's account link is not Globex's").isEmpty();
  }

  @Test
  void tellsWhichIdsAreInTheCrm() throws Exception {
    JsonObject found = api.ok("inCrm", api.call(HttpMethod.POST, "/api/v1/search/in-crm", bearer(acme.acmeToken),
        "{\"people\":[\"pr4\",\"pr1\",\"pr2\",\"nobody\"],\"companies\":[\"co2\",\"co1\"]}"));
    assertThat(found.getJsonArray("people").getList()).containsExactly("pr1");
    assertThat(found.getJsonArray("companies").getList()).containsExactly("co1");
  }

  @Test
  void refusesBadParameters() throws Exception {
    for (String query : new String[] {"crm=maybe", "limit=0", "limit=101", "offset=-1", "limit=ten"}) {
      api.error("searchPeople", 400, api.get("/api/v1/search/people?" + query, bearer(acme.acmeToken)));
    }
    api.error("inCrm", 400, api.call(HttpMethod.POST, "/api/v1/search/in-crm", bearer(acme.acmeToken),
        "{\"people\":[\"pr1\"],\"unknown\":[]}"));
    api.error("searchPeople", 401, api.get("/api/v1/search/people?q=jane", java.util.Map.of()));
  }
}
