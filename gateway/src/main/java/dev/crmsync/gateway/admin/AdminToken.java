package dev.crmsync.gateway.admin;

import dev.crmsync.gateway.web.ApiException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Admin authentication until the full one exists: {@code Authorization: Bearer <admin.token>}. With no token
 * configured every admin call is refused. Compared in constant time.
 */
public final class AdminToken implements Handler<RoutingContext> {
  private final Optional<byte[]> expected;

  public AdminToken(Optional<String> token) {
    this.expected = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (expected.isEmpty()) {
      throw new ApiException(503, "ADMIN_DISABLED", "admin endpoints need admin.token to be configured");
    }
    String header = ctx.request().getHeader("Authorization");
    byte[] given = header != null && header.startsWith("Bearer ")
        ? header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(expected.get(), given)) {
      throw new ApiException(401, "UNAUTHORIZED", "an admin token is required (Authorization: Bearer ...)");
    }
    ctx.next();
  }
}
