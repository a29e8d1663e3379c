package dev.crmsync.gateway.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.auth.CanvasRequests;
import dev.crmsync.gateway.testing.Acme;
import dev.crmsync.gateway.testing.SeededApiTest;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WidgetPagesTest extends SeededApiTest {
  private static HttpResponse<Buffer> canvasPost(String signed) throws Exception {
    return api.form("/widget", MultiMap.caseInsensitiveMultiMap().add("signed_request", signed));
  }

  @Test
  void servesTheWidgetToACanvasSignedRequestFramedOnlyByTheTenantsSalesforce() throws Exception {
    HttpResponse<Buffer> page = canvasPost(CanvasRequests.sign(Acme.CANVAS_SECRET, CanvasRequests.envelope(
        Acme.ACME_ORG, "005000000000007AAA", "wendy@acme.example", Acme.JANE_CONTACT)));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.getHeader("Content-Security-Policy"))
        .contains("frame-ancestors https://acme.lightning.force.com https://acme.my.salesforce.com")
        .contains("script-src 'self'").doesNotContain("unsafe");
    assertThat(page.bodyAsString())
        .contains("<meta name=\"crmsync-record\" content=\"" + Acme.JANE_CONTACT + "\">")
        .containsPattern("<meta name=\"crmsync-token\" content=\"[\\w-]+\\.[\\w-]+\\.[\\w-]+\">")
        .contains("wendy@acme.example");
  }

  @Test
  void refusesAForgedSignedRequest() throws Exception {
    HttpResponse<Buffer> page = canvasPost(CanvasRequests.sign("some-other-secret-value", CanvasRequests.envelope(
        Acme.ACME_ORG, "005000000000007AAA", "wendy@acme.example", Acme.JANE_CONTACT)));
    assertThat(page.statusCode()).isEqualTo(401);
  }

  @Test
  void sendsAVisitorWithoutSessionToSalesforceSignIn() throws Exception {
    HttpResponse<Buffer> page = api.get("/widget?recordId=" + Acme.JANE_CONTACT, Map.of());
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.getHeader("Location")).isEqualTo("/auth/login?returnTo=%2Fwidget%3FrecordId%3D"
        + Acme.JANE_CONTACT);
  }

  @Test
  void servesASignedInSeatHolderWithTheSessionCookie() throws Exception {
    HttpResponse<Buffer> page = api.get("/widget?recordId=" + Acme.JANE_CONTACT,
        Map.of("Cookie", "crmsync_session=" + acme.acmeToken));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.bodyAsString()).contains("<meta name=\"crmsync-token\" content=\"\">");
  }

  @Test
  void deniesFramingToTenantsWithoutSalesforceOrigins() throws Exception {
    assertThat(WidgetRoutes.contentSecurityPolicy(List.of())).contains("frame-ancestors 'none'");
    assertThat(WidgetRoutes.contentSecurityPolicy(List.of("https://a.example; script-src *")))
        .as("an origin cannot smuggle directives").contains("frame-ancestors 'none'");
  }

  @Test
  void servesNoDemoPagesOutsideDemoMode() throws Exception {
    assertThat(api.get("/demo/salesforce/" + Acme.JANE_CONTACT, Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void servesItsAssets() throws Exception {
    HttpResponse<Buffer> script = api.get("/widget/assets/widget.js", Map.of());
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.bodyAsString()).contains("/api/v1");
  }
}
