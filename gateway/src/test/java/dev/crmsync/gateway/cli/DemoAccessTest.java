package dev.crmsync.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.config.ConfigLoader;
import dev.crmsync.gateway.config.GatewayConfig;
import dev.crmsync.gateway.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoAccessTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void printsAFramablePageAndAWorkingApiKeyForTheFirstTenant() throws Exception {
    GatewayConfig config = ConfigLoader.fromMap(Map.of("http.port", "0", "demo.enabled", "true",
        "sync.scheduler", "false", "db.url", TestPostgres.newDatabase().jdbcUrl().orElseThrow()));
    try (RunningGateway running = RunningGateway.start(config)) {
      String base = running.baseUrl(config);
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      DemoAccess.print(running, base, new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThat(printed.toString(StandardCharsets.UTF_8)).contains("no tenant is connected yet");

      try (Connection connection = running.database().openConnection()) {
        connection.createStatement().execute("""
            INSERT INTO tenant (id, name, sf_org_id, instance_url)
              VALUES ('11111111-1111-1111-1111-111111111111', 'Demo Org', '00D000000000001EAA', 'https://demo.example');
            INSERT INTO directory_person (id, profile, content_hash)
              VALUES ('pr1', '{"firstName":"Ada","lastName":"Byron"}', '\\x00');
            INSERT INTO crm_record (tenant_id, sf_id, sobject, fields, system_modstamp)
              VALUES ('11111111-1111-1111-1111-111111111111', '003000000000001AAA', 'Contact',
                      '{"FirstName":"Ada","LastName":"Byron"}', now())""");
      }
      printed.reset();
      DemoAccess.print(running, base, new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThat(printed.toString(StandardCharsets.UTF_8)).as("before the first match run")
          .contains(base + "/demo/salesforce/003000000000001AAA").contains("<person id>");
      try (Connection connection = running.database().openConnection()) {
        connection.createStatement().execute("""
            INSERT INTO crm_match (tenant_id, sf_id, sobject, profile_kind, profile_id, decision, source, score)
              VALUES ('11111111-1111-1111-1111-111111111111', '003000000000001AAA', 'Contact', 'PERSON', 'pr1',
                      'MATCH', 'MODEL', 0.9)""");
      }
      printed.reset();
      DemoAccess.print(running, base, new PrintStream(printed, true, StandardCharsets.UTF_8));
      String text = printed.toString(StandardCharsets.UTF_8);
      assertThat(text).contains(base + "/demo/salesforce/003000000000001AAA").contains("{\"people\":[\"pr1\"]}");
      Matcher key = Pattern.compile("X-API-Key: (csk_[\\w-]+)").matcher(text);
      assertThat(key.find()).isTrue();

      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base
          + "/demo/salesforce/003000000000001AAA")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("signed_request").contains("Ada Byron");
      HttpResponse<String> badges = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/badges"))
          .header("X-API-Key", key.group(1)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"people\":[\"pr1\"]}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(badges.body()).contains("\"status\":\"IN_CRM\"");
    }
  }
}
