package dev.crmsync.emulator.oauth;

import dev.crmsync.emulator.org.Users;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/** {@code /services/oauth2/userinfo} (OpenID Connect claims) and the identity URL {@code /id/{orgId}/{userId}}. */
final class IdentityRoutes {
  private final OAuthContext context;
  private final String apiVersion;

  IdentityRoutes(OAuthContext context, String apiVersion) {
    this.context = context;
    this.apiVersion = apiVersion;
  }

  void mount(Router router) {
    router.get("/services/oauth2/userinfo").handler(this::userInfo);
    router.post("/services/oauth2/userinfo").handler(this::userInfo);
    router.get("/id/:orgId/:userId").handler(this::identity);
  }

  private void userInfo(RoutingContext ctx) {
    caller(ctx).ifPresent(user -> {
      String base = context.baseUrl().get();
      JsonObject info = new JsonObject()
          .put("sub", context.identityUrl(user.id()))
          .put("user_id", user.id())
          .put("organization_id", context.org().orgId())
          .put("preferred_username", user.username())
          .put("nickname", user.username().split("@")[0])
          .put("name", user.name())
          .put("email", user.email())
          .put("email_verified", true)
          .put("given_name", user.firstName())
          .put("family_name", user.lastName())
          .put("zoneinfo", "Etc/UTC")
          .put("urls", urls(base))
          .put("active", user.active())
          .put("user_type", "STANDARD")
          .put("language", "en_US")
          .put("locale", "en_US")
          .put("utcOffset", 0);
      json(ctx, info);
    });
  }

  private void identity(RoutingContext ctx) {
    caller(ctx).ifPresent(caller -> {
      Optional<Users.User> user = Users.byId(context.org(), ctx.pathParam("userId"))
          .filter(u -> context.org().orgId().startsWith(ctx.pathParam("orgId").substring(0,
              Math.min(15, ctx.pathParam("orgId").length()))));
      if (user.isEmpty()) {
        ctx.response().setStatusCode(404).putHeader("Content-Type", "text/plain").end("Bad_Id");
        return;
      }
      Users.User found = user.get();
      json(ctx, new JsonObject()
          .put("id", context.identityUrl(found.id()))
          .put("asserted_user", found.id().equals(caller.id()))
          .put("user_id", found.id())
          .put("organization_id", context.org().orgId())
          .put("username", found.username())
          .put("nick_name", found.username().split("@")[0])
          .put("display_name", found.name())
          .put("email", found.email())
          .put("first_name", found.firstName())
          .put("last_name", found.lastName())
          .put("active", found.active())
          .put("user_type", "STANDARD")
          .put("language", "en_US")
          .put("locale", "en_US")
          .put("utcOffset", 0)
          .put("urls", urls(context.baseUrl().get())));
    });
  }

  private JsonObject urls(String base) {
    String data = base + "/services/data/v" + apiVersion + "/";
    return new JsonObject()
        .put("rest", data)
        .put("sobjects", data + "sobjects/")
        .put("query", data + "query/")
        .put("search", data + "search/")
        .put("recent", data + "recent/")
        .put("limits", data + "limits/")
        .put("profile", base + "/")
        .put("custom_domain", base);
  }

  /** The token's user, or a 403 {@code Bad_OAuth_Token} as the identity service answers. */
  private Optional<Users.User> caller(RoutingContext ctx) {
    Optional<Users.User> user = Bearer.token(ctx.request().getHeader("Authorization"))
        .flatMap(context.sessions()::session)
        .flatMap(session -> Users.byId(context.org(), session.userId()));
    if (user.isEmpty()) {
      ctx.response().setStatusCode(403).putHeader("Content-Type", "text/plain").end("Bad_OAuth_Token");
    }
    return user;
  }

  private static void json(RoutingContext ctx, JsonObject body) {
    ctx.response().putHeader("Content-Type", "application/json;charset=UTF-8").end(body.encode());
  }
}
