package dev.crmsync.emulator.oauth;

import dev.crmsync.emulator.org.Org;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/** The login service at the real paths: authorize, token, revoke, userinfo and the identity URL. */
public final class OAuthRoutes {
  private OAuthRoutes() {
  }

  /** Adds the login service's routes; a body handler must already be on the router. */
  public static void mount(Router router, Org org, Sessions sessions, OAuthSettings settings,
                           Supplier<String> baseUrl, String apiVersion) {
    OAuthContext context = new OAuthContext(org, sessions, settings, baseUrl);
    new AuthorizeRoutes(context).mount(router);
    new TokenRoutes(context).mount(router);
    new IdentityRoutes(context, apiVersion).mount(router);
  }
}
