package dev.crmsync.gateway.web;

import dev.crmsync.gateway.config.OperatorConfig;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Lets a request through to the operator API only with {@code Authorization: Bearer <operator.token>}; any other
 * request fails with 401. With no token configured, the operator API is closed.
 */
public final class OperatorAuth {
  private static final String SCHEME = "Bearer ";

  private OperatorAuth() {
  }

  public static Handler<RoutingContext> create(OperatorConfig config) {
    Optional<byte[]> expected = config.token().map(token -> token.getBytes(StandardCharsets.UTF_8));
    return ctx -> {
      if (expected.isEmpty()) {
        ctx.fail(unauthorized("the operator API is disabled: no operator.token is configured"));
        return;
      }
      String header = ctx.request().getHeader("Authorization");
      if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
        ctx.fail(unauthorized("an operator token is required: Authorization: Bearer <token>"));
        return;
      }
      byte[] given = header.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
      // constant-time, so that response times do not reveal how much of a guess was right
      if (!MessageDigest.isEqual(given, expected.get())) {
        ctx.fail(unauthorized("the operator token is wrong"));
        return;
      }
      ctx.next();
    };
  }

  private static ApiException unauthorized(String message) {
    return new ApiException(401, "UNAUTHORIZED", message);
  }
}
