package dev.crmsync.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.config.ConfigLoader;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.testing.TestPostgres;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HealthWhenDatabaseIsGoneTest {
  @Test
  void healthTurnsDownWhenTheDatabaseStops() throws Exception {
    Database database = Database.start(TestPostgres.embeddedIn(TestPostgres.newDirectory()));
    try (Gateway gateway = Gateway.start(ConfigLoader.fromMap(Map.of("http.port", "0")), database)) {
      WebClient client = WebClient.create(gateway.vertx(),
          new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(gateway.port()));
      assertThat(health(client).statusCode()).isEqualTo(200);

      database.close();

      HttpResponse<Buffer> down = health(client);
      assertThat(down.statusCode()).isEqualTo(503);
      JsonObject body = down.bodyAsJsonObject();
      assertThat(body.getString("status")).isEqualTo("DOWN");
      assertThat(body.getJsonArray("checks").getJsonObject(0).getString("status")).isEqualTo("DOWN");
    }
  }

  private static HttpResponse<Buffer> health(WebClient client) throws Exception {
    return client.get("/health").send().await(10, TimeUnit.SECONDS);
  }
}
