package dev.crmsync.emulator.oauth;

import dev.crmsync.emulator.org.Users;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web-server flow: {@code GET /services/oauth2/authorize} shows a login and consent page; submitting it with
 * Allow and a user's password redirects to the callback with a single-use code and the state (PKCE S256 kept for
 * the exchange); Deny redirects with {@code error=access_denied}.
 */
final class AuthorizeRoutes {
  static final List<String> CARRIED = List.of("response_type", "client_id", "redirect_uri", "scope", "state",
      "code_challenge", "code_challenge_method");

  private final OAuthContext context;

  AuthorizeRoutes(OAuthContext context) {
    this.context = context;
  }

  void mount(Router router) {
    router.get("/services/oauth2/authorize").handler(this::show);
    router.post("/services/oauth2/authorize").handler(this::submit);
  }

  private void show(RoutingContext ctx) {
    MultiMap params = ctx.request().params();
    if (!checkApp(ctx, params)) {
      return;
    }
    if (!"code".equals(params.get("response_type"))) {
      redirect(ctx, params, Map.of("error", "unsupported_response_type", "error_description",
          "response type not supported"));
    } else if ("true".equalsIgnoreCase(params.get("immediate"))) {
      redirect(ctx, params, Map.of("error", "immediate_unsuccessful", "error_description", "immediate unsuccessful"));
    } else if (params.get("code_challenge_method") != null && !"S256".equals(params.get("code_challenge_method"))) {
      redirect(ctx, params, Map.of("error", "invalid_request", "error_description",
          "code_challenge_method must be S256"));
    } else {
      page(ctx, params, params.get("login_hint"), null);
    }
  }

  private void submit(RoutingContext ctx) {
    MultiMap form = ctx.request().formAttributes();
    if (!checkApp(ctx, form)) {
      return;
    }
    if (!"allow".equals(form.get("decision"))) {
      redirect(ctx, form, Map.of("error", "access_denied", "error_description", "end-user denied authorization"));
      return;
    }
    String username = form.get("username");
    Optional<Users.User> user = Users.byUsername(context.org(), username)
        .filter(Users.User::active)
        .filter(u -> context.settings().passwordMatches(u.username(), form.get("password")));
    if (user.isEmpty()) {
      page(ctx, form, username, "Please check your username and password. If you still can't log in, contact your"
          + " Salesforce administrator.");
      return;
    }
    String scope = Optional.ofNullable(form.get("scope")).filter(s -> !s.isBlank()).orElse(context.app().defaultScopes());
    String code = context.sessions().issueCode(user.get().id(), context.app().clientId(), form.get("redirect_uri"),
        form.get("code_challenge"), scope, context.settings().authorizationCodeLifetime());
    redirect(ctx, form, Map.of("code", code));
  }

  /** Unknown apps and unregistered callbacks get an error page: redirecting there would be unsafe. */
  private boolean checkApp(RoutingContext ctx, MultiMap params) {
    ConnectedApp app = context.app();
    String problem = !app.clientId().equals(params.get("client_id")) ? "invalid_client_id: client identifier invalid"
        : !app.redirectUris().contains(params.get("redirect_uri")) ? "redirect_uri_mismatch: redirect_uri must match"
            + " configuration" : null;
    if (problem != null) {
      ctx.response().setStatusCode(400).putHeader("Content-Type", "text/html;charset=UTF-8")
          .end("<!DOCTYPE html><html><body><h1>OAuth error</h1><p>error=" + LoginPage.escape(problem)
              + "</p></body></html>");
      return false;
    }
    return true;
  }

  private void page(RoutingContext ctx, MultiMap params, String username, String error) {
    Map<String, String> carried = new LinkedHashMap<>();
    CARRIED.forEach(name -> {
      if (params.get(name) != null) {
        carried.put(name, params.get(name));
      }
    });
    ctx.response().putHeader("Content-Type", "text/html;charset=UTF-8")
        .end(LoginPage.render(context.org().orgId(), carried, username, error));
  }

  private static void redirect(RoutingContext ctx, MultiMap params, Map<String, String> answer) {
    StringBuilder location = new StringBuilder(params.get("redirect_uri"));
    location.append(location.indexOf("?") >= 0 ? '&' : '?');
    Map<String, String> query = new LinkedHashMap<>(answer);
    if (params.get("state") != null) {
      query.put("state", params.get("state"));
    }
    query.forEach((name, value) -> location.append(name).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
    location.setLength(location.length() - 1);
    ctx.response().setStatusCode(302).putHeader("Location", location.toString()).end();
  }
}
