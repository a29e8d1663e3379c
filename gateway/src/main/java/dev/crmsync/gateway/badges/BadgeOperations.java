package dev.crmsync.gateway.badges;

import dev.crmsync.api.ProfileIds;
import dev.crmsync.gateway.auth.Authenticate;
import dev.crmsync.gateway.web.ApiContract;
import dev.crmsync.gateway.web.ApiException;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/** {@code POST /badges}. */
public final class BadgeOperations {
  /** The most ids one call may ask about; the document says so too. */
  static final int MAX_IDS = 100;

  private final CrmLinks links;

  public BadgeOperations(CrmLinks links) {
    this.links = links;
  }

  public void mount(ApiContract api) {
    api.respondWritten("badges", this::badges);
  }

  private Future<Buffer> badges(RoutingContext ctx) {
    ProfileIds ids = ApiContract.body(ctx, ProfileIds.class);
    if (ids.size() > MAX_IDS) {
      throw new ApiException(400, "TOO_MANY_IDS", "at most " + MAX_IDS + " ids per call, got " + ids.size());
    }
    return links.badges(Authenticate.caller(ctx).tenantId(), ids);
  }
}
