package dev.crmsync.gateway.badges;

import static dev.crmsync.gateway.testing.ApiFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.testing.Acme;
import dev.crmsync.gateway.testing.SeededApiTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BadgesApiTest extends SeededApiTest {
  private JsonArray badges(String token, String body) throws Exception {
    return api.ok("badges", api.call(HttpMethod.POST, "/api/v1/badges", bearer(token), body)).getJsonArray("badges");
  }

  @Test
  void answersEachIdInOrderWithStatusReasonsAndDeepLink() throws Exception {
    JsonArray badges = badges(acme.acmeToken,
        "{\"people\":[\"pr3\",\"pr1\",\"pr2\"],\"companies\":[\"co1\",\"co2\"]}");

    assertThat(badges.stream().map(b -> ((JsonObject) b).getString("id")).toList())
        .containsExactly("pr3", "pr1", "pr2", "co1", "co2");
    JsonObject unmatched = badges.getJsonObject(0);
    assertThat(unmatched.getString("status")).isEqualTo("NOT_IN_CRM");
    assertThat(unmatched.getValue("crm")).isNull();
    JsonObject jane = badges.getJsonObject(1);
    assertThat(jane.getString("status")).isEqualTo("OUT_OF_DATE");
    assertThat(jane.getJsonArray("reasons").getString(0))
        .isEqualTo("Title is Buyer in the CRM; the profile says Head of Procurement");
    assertThat(jane.getJsonObject("crm").getMap()).isEqualTo(Map.of("object", "Contact", "id", Acme.JANE_CONTACT,
        "url", Acme.ACME_INSTANCE + "/lightning/r/Contact/" + Acme.JANE_CONTACT + "/view"));
    assertThat(badges.getJsonObject(2).getString("status"))
        .as("a REVIEW decision is not a link").isEqualTo("NOT_IN_CRM");
    assertThat(badges.getJsonObject(3).getString("status")).isEqualTo("IN_CRM");
    assertThat(badges.getJsonObject(3).getString("kind")).isEqualTo("COMPANY");
    assertThat(badges.getJsonObject(4).getString("status")).isEqualTo("NOT_IN_CRM");
  }

  @Test
  void showsOnlyTheCallersOwnCrm() throws Exception {
    JsonObject globexJane = badges(acme.globexToken, "{\"people\":[\"pr1\"],\"companies\":[\"co1\"]}")
        .getJsonObject(0);
    assertThat(globexJane.getString("status")).isEqualTo("IN_CRM");
    assertThat(globexJane.getJsonObject("crm").getString("id")).isEqualTo(Acme.GLOBEX_CONTACT);
    assertThat(badges(acme.globexToken, "{\"companies\":[\"co1\"]}").getJsonObject(0).getString("status"))
        .isEqualTo("NOT_IN_CRM");
  }

  @Test
  void acceptsOneHundredIdsAndRefusesMore() throws Exception {
    assertThat(badges(acme.acmeToken, ids(60, 40))).hasSize(100);
    String code = api.error("badges", 400,
        api.call(HttpMethod.POST, "/api/v1/badges", bearer(acme.acmeToken), ids(60, 41)));
    assertThat(code).isEqualTo("TOO_MANY_IDS");
    api.error("badges", 400, api.call(HttpMethod.POST, "/api/v1/badges", bearer(acme.acmeToken), ids(101, 0)));
  }

  @Test
  void refusesMalformedRequests() throws Exception {
    for (String body : new String[] {"{\"people\":[\"pr1\"", "{\"people\":[\"pr1\"],\"extra\":1}",
        "{\"people\":[\"has space\"]}", "{\"people\":\"pr1\"}", "[]"}) {
      api.error("badges", 400, api.call(HttpMethod.POST, "/api/v1/badges", bearer(acme.acmeToken), body));
    }
  }

  @Test
  void refusesCallersWithoutCredentials() throws Exception {
    assertThat(api.error("badges", 401, api.call(HttpMethod.POST, "/api/v1/badges", Map.of(), "{}")))
        .isEqualTo("UNAUTHORIZED");
    api.error("badges", 401, api.call(HttpMethod.POST, "/api/v1/badges", bearer(acme.acmeToken + "x"), "{}"));
    api.error("badges", 401, api.call(HttpMethod.POST, "/api/v1/badges", Map.of("X-API-Key", "csk_nope"), "{}"));
  }

  private static String ids(int people, int companies) {
    return "{\"people\":[" + quoted("p", people) + "],\"companies\":[" + quoted("c", companies) + "]}";
  }

  private static String quoted(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> "\"" + prefix + i + "\"").collect(Collectors.joining(","));
  }
}
