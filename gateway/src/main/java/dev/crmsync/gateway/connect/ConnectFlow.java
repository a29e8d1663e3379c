package dev.crmsync.gateway.connect;

import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.salesforce.oauth.LoginHost;
import dev.crmsync.salesforce.oauth.Pkce;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The authorization-code flow with PKCE: {@link #start} remembers a single-use state with the encrypted
 * verifier in the database (any gateway node may receive the callback), {@link #complete} exchanges the code
 * and stores the grant.
 */
public final class ConnectFlow {
  private static final int STATE_BYTES = 24;

  private final SalesforceAccess access;
  private final Consumer<UUID> onOrgConnected;

  /** {@code onOrgConnected} hears of each tenant whose admin connected, to start its first sync. */
  public ConnectFlow(SalesforceAccess access, Consumer<UUID> onOrgConnected) {
    this.access = access;
    this.onOrgConnected = onOrgConnected;
  }

  /** A connection made by a completed flow. */
  public record Connected(UUID connectionId, UUID tenantId, ConnectionRole role, String orgId, String userId) {
  }

  /** Starts a flow for a tenant's admin or seat holder; answers the URL to send their browser to. */
  public Future<String> start(UUID tenantId, ConnectionRole role, LoginHost host) {
    if (role == ConnectionRole.INTEGRATION) {
      return Future.failedFuture(new ApiException(400, "BAD_ROLE", "the integration user connects by JWT bearer"));
    }
    Pkce pkce = Pkce.generate();
    String state = Pkce.randomUrlSafe(STATE_BYTES);
    String url = access.requireOAuth().authorizeUrl(host, state, pkce);
    Buffer verifier = Buffer.buffer(access.requireCipher().encrypt(pkce.verifier()));
    return access.pool().preparedQuery(ConnectQueries.TENANT_EXISTS).execute(Tuple.of(tenantId))
        .compose(rows -> rows.size() == 0
            ? Future.failedFuture(new ApiException(404, "NOT_FOUND", "no tenant " + tenantId))
            : access.pool().preparedQuery(ConnectQueries.INSERT_PENDING)
                .execute(Tuple.of(state, tenantId, role.name(), host.baseUrl(), verifier)))
        .map(inserted -> url);
  }

  /** Completes a flow from its callback's {@code state} and {@code code}. */
  public Future<Connected> complete(String state, String code) {
    return access.pool().preparedQuery(ConnectQueries.TAKE_PENDING).execute(Tuple.of(state))
        .compose(rows -> {
          Optional<Row> pending = rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
          if (pending.isEmpty() || !pending.get().getBoolean("fresh")) {
            return Future.failedFuture(new ApiException(400, "INVALID_STATE",
                "this connection attempt is unknown, used or expired: start again"));
          }
          return exchange(pending.get(), code);
        });
  }

  private Future<Connected> exchange(Row pending, String code) {
    UUID tenantId = pending.getUUID("tenant_id");
    ConnectionRole role = ConnectionRole.valueOf(pending.getString("role"));
    LoginHost host = new LoginHost(pending.getString("login_url"));
    String verifier = access.requireCipher().decrypt(pending.getBuffer("code_verifier").getBytes());
    return access.requireOAuth().exchangeCode(host, code, verifier)
        .compose(grant -> access.store(tenantId, role, grant, host, Optional.empty())
            .map(id -> new Connected(id, tenantId, role, grant.orgId(), grant.userId())))
        .onSuccess(connected -> {
          if (role == ConnectionRole.ADMIN) {
            onOrgConnected.accept(tenantId);
          }
        });
  }
}
