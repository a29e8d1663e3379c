package dev.crmsync.gateway.connect;

import dev.crmsync.gateway.config.ConfigException;
import dev.crmsync.gateway.config.SalesforceConfig;
import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.salesforce.http.ApiSettings;
import dev.crmsync.salesforce.http.SalesforceApi;
import dev.crmsync.salesforce.http.Session;
import dev.crmsync.salesforce.limits.UsageMeter;
import dev.crmsync.salesforce.oauth.JwtSigner;
import dev.crmsync.salesforce.oauth.LoginHost;
import dev.crmsync.salesforce.oauth.OAuthClient;
import dev.crmsync.salesforce.oauth.OAuthException;
import dev.crmsync.salesforce.oauth.OAuthSettings;
import dev.crmsync.salesforce.oauth.TokenCipher;
import dev.crmsync.salesforce.oauth.TokenGrant;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Everyone's access to the tenants' orgs: stores grants with their tokens encrypted, opens sessions that renew
 * and persist their tokens on a 401, and revokes connections here and at Salesforce.
 */
public final class SalesforceAccess {
  private static final long REVOKE_TIMEOUT_SECONDS = 30;

  private final Vertx vertx;
  private final Pool pool;
  private final HttpClient http;
  private final ApiSettings apiSettings;
  private final Optional<OAuthClient> oauth;
  private final Optional<TokenCipher> cipher;
  private final Optional<JwtSigner> jwt;
  private final LoginHost defaultHost;

  SalesforceAccess(Vertx vertx, Pool pool, HttpClient http, ApiSettings apiSettings, Optional<OAuthClient> oauth,
      Optional<TokenCipher> cipher, Optional<JwtSigner> jwt, LoginHost defaultHost) {
    this.vertx = vertx;
    this.pool = pool;
    this.http = http;
    this.apiSettings = apiSettings;
    this.oauth = oauth;
    this.cipher = cipher;
    this.jwt = jwt;
    this.defaultHost = defaultHost;
  }

  /** Built from configuration; a bad key, certificate or host fails here, naming its key. */
  public static SalesforceAccess create(Vertx vertx, Pool pool, SalesforceConfig config) {
    ApiSettings defaults = ApiSettings.defaults();
    return create(vertx, pool, config, new ApiSettings(config.apiVersion(), defaults.retry(), defaults.idleTimeout()));
  }

  /** As {@link #create(Vertx, Pool, SalesforceConfig)}, with the call settings given (tests shorten backoff). */
  public static SalesforceAccess create(Vertx vertx, Pool pool, SalesforceConfig config, ApiSettings api) {
    HttpClient http = SalesforceApi.newHttpClient(vertx);
    Optional<OAuthClient> oauth = config.clientId()
        .map(id -> new OAuthClient(vertx, http, new OAuthSettings(id, config.clientSecret(), config.redirectUri())));
    Optional<TokenCipher> cipher = config.tokenKey().map(key -> {
      try {
        return TokenCipher.fromBase64Key(key);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("secrets.token.key", e.getMessage());
      }
    });
    Optional<JwtSigner> jwt = config.jwtKeyFile().map(key -> {
      try {
        return JwtSigner.fromPem(read(key), read(config.jwtCertFile().orElseThrow()));
      } catch (IllegalArgumentException | IOException e) {
        throw new ConfigException("salesforce.jwt.key.file", e.getMessage());
      }
    });
    LoginHost host;
    try {
      host = LoginHost.parse(config.loginHost());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("salesforce.login.host", e.getMessage());
    }
    return new SalesforceAccess(vertx, pool, http, api, oauth, cipher, jwt, host);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }

  public Vertx vertx() {
    return vertx;
  }

  public LoginHost defaultHost() {
    return defaultHost;
  }

  /** An API caller for a session, metering into the given meter. */
  public SalesforceApi api(Session session, UsageMeter meter) {
    return new SalesforceApi(vertx, http, session, apiSettings, meter);
  }

  /** The session the sync reads with: the integration user's, else the connecting admin's. */
  public Future<Session> syncSession(UUID tenantId) {
    return one(ConnectQueries.SYNC_CONNECTION, Tuple.of(tenantId),
        "tenant " + tenantId + " has no Salesforce connection to sync with").map(this::session);
  }

  /** A seat holder's own session: their writes run with their own CRM permissions, never anyone else's. */
  public Future<Session> seatSession(UUID tenantId, String sfUserId) {
    return one(ConnectQueries.SEAT_CONNECTION, Tuple.of(tenantId, sfUserId),
        "user " + sfUserId + " has not connected Salesforce").map(this::session);
  }

  private Future<StoredConnection> one(String sql, Tuple args, String missing) {
    return pool.preparedQuery(sql).execute(args).compose(rows -> rows.size() == 0
        ? Future.failedFuture(new ApiException(409, "NOT_CONNECTED", missing))
        : Future.succeededFuture(StoredConnection.from(rows.iterator().next())));
  }

  Session session(StoredConnection connection) {
    TokenCipher tokens = requireCipher();
    String access = connection.accessToken().map(tokens::decrypt).orElse("");
    return new Session(connection.instanceUrl(), connection.sfUserId(), access,
        () -> renew(connection).compose(grant -> saveRenewed(connection.id(), grant).map(grant)));
  }

  private Future<TokenGrant> renew(StoredConnection connection) {
    LoginHost host = connection.loginUrl().map(LoginHost::new).orElse(defaultHost);
    if (connection.refreshToken().isPresent()) {
      return requireOAuth().refresh(host, requireCipher().decrypt(connection.refreshToken().get()));
    }
    if (connection.role() == ConnectionRole.INTEGRATION) {
      return connection.username().isPresent() && jwt.isPresent()
          ? requireOAuth().jwtBearer(host, jwt.get(), connection.username().get())
          : requireOAuth().clientCredentials(host);
    }
    return Future.failedFuture(new OAuthException(400, "invalid_grant",
        "connection " + connection.id() + " has no way to renew its token: connect again"));
  }

  private Future<Void> saveRenewed(UUID connectionId, TokenGrant grant) {
    TokenCipher tokens = requireCipher();
    return pool.preparedQuery(ConnectQueries.SAVE_RENEWED).execute(Tuple.of(connectionId,
            Buffer.buffer(tokens.encrypt(grant.accessToken())),
            grant.refreshToken().map(t -> Buffer.buffer(tokens.encrypt(t))).orElse(null),
            grant.issuedAt().atOffset(ZoneOffset.UTC)))
        .mapEmpty();
  }

  /** Stores a grant (a reconnect replaces the tokens); an admin's grant also binds the tenant to its org. */
  public Future<UUID> store(UUID tenantId, ConnectionRole role, TokenGrant grant, LoginHost host,
      Optional<String> username) {
    TokenCipher tokens = requireCipher();
    Tuple args = Tuple.tuple()
        .addUUID(tenantId).addString(role.name()).addString(grant.userId()).addString(username.orElse(null))
        .addString(grant.instanceUrl()).addString(host.baseUrl())
        .addBuffer(Buffer.buffer(tokens.encrypt(grant.accessToken())))
        .addBuffer(grant.refreshToken().map(t -> Buffer.buffer(tokens.encrypt(t))).orElse(null))
        .addOffsetDateTime(grant.issuedAt().atOffset(ZoneOffset.UTC));
    return pool.withTransaction(conn -> conn.preparedQuery(ConnectQueries.UPSERT_CONNECTION).execute(args)
        .compose(rows -> (role == ConnectionRole.SEAT
            ? Future.<RowSet<Row>>succeededFuture()
            : conn.preparedQuery(ConnectQueries.BIND_TENANT_ORG)
                .execute(Tuple.of(tenantId, grant.orgId(), grant.instanceUrl())))
            .map(bound -> rows.iterator().next().getUUID("id"))));
  }

  /** Connects the integration user by the JWT bearer flow, with the configured key. */
  public Future<UUID> connectIntegrationUser(UUID tenantId, String username, LoginHost host) {
    if (jwt.isEmpty()) {
      return Future.failedFuture(new ApiException(503, "JWT_NOT_CONFIGURED",
          "the integration user needs salesforce.jwt.key.file and salesforce.jwt.cert.file"));
    }
    return requireOAuth().jwtBearer(host, jwt.get(), username)
        .compose(grant -> store(tenantId, ConnectionRole.INTEGRATION, grant, host, Optional.of(username)));
  }

  /** Connects the connected app's run-as user as the integration user, by the client-credentials flow. */
  public Future<UUID> connectRunAsUser(UUID tenantId, LoginHost host) {
    return requireOAuth().clientCredentials(host)
        .compose(grant -> store(tenantId, ConnectionRole.INTEGRATION, grant, host, Optional.empty()));
  }

  /**
   * Revokes a connection at Salesforce (the refresh token, which takes its access tokens along) and forgets its
   * tokens here. A Salesforce that cannot be reached does not keep the tokens alive here.
   */
  public Future<Void> revoke(UUID connectionId) {
    return one(ConnectQueries.CONNECTION_BY_ID, Tuple.of(connectionId), "no live connection " + connectionId)
        .compose(connection -> {
          LoginHost host = connection.loginUrl().map(LoginHost::new).orElse(defaultHost);
          Optional<byte[]> token = connection.refreshToken().or(connection::accessToken);
          Future<Void> atSalesforce = token.isPresent() && oauth.isPresent()
              ? oauth.get().revoke(host, requireCipher().decrypt(token.get())).timeout(REVOKE_TIMEOUT_SECONDS, TimeUnit.SECONDS)
              : Future.succeededFuture();
          return atSalesforce.transform(done -> pool.preparedQuery(ConnectQueries.MARK_REVOKED)
              .execute(Tuple.of(connectionId))
              .compose(marked -> done.succeeded() ? Future.<Void>succeededFuture() : Future.failedFuture(
                  new ApiException(502, "REVOKE_FAILED", "forgotten here, but Salesforce did not confirm the revoke: "
                      + done.cause().getMessage()))));
        });
  }

  Pool pool() {
    return pool;
  }

  OAuthClient requireOAuth() {
    return oauth.orElseThrow(() -> new ApiException(503, "SALESFORCE_NOT_CONFIGURED",
        "connecting Salesforce needs salesforce.client.id to be configured"));
  }

  TokenCipher requireCipher() {
    return cipher.orElseThrow(() -> new ApiException(503, "SALESFORCE_NOT_CONFIGURED",
        "storing Salesforce tokens needs secrets.token.key to be configured"));
  }
}
