package dev.crmsync.salesforce.http;

import dev.crmsync.salesforce.oauth.TokenGrant;
import io.vertx.core.Future;

/**
 * One user's access to one org: the instance URL, the current access token, and how to get a new one when
 * Salesforce says it expired. Concurrent calls that hit the same expired token share one renewal.
 * {@link #toString()} never shows the token.
 */
public final class Session {
  /** Obtains a fresh grant: a refresh-token grant, or a new JWT bearer assertion for the integration user. */
  @FunctionalInterface
  public interface Renewal {
    Future<TokenGrant> renew();
  }

  private final String instanceUrl;
  private final String userId;
  private final Renewal renewal;
  private volatile String accessToken;
  private Future<String> renewing;

  public Session(String instanceUrl, String userId, String accessToken, Renewal renewal) {
    if (instanceUrl == null || !instanceUrl.matches("https?://.+")) {
      throw new IllegalArgumentException("instanceUrl must be an http(s) URL, got '" + instanceUrl + "'");
    }
    this.instanceUrl = instanceUrl.endsWith("/") ? instanceUrl.substring(0, instanceUrl.length() - 1) : instanceUrl;
    this.userId = userId;
    this.accessToken = accessToken;
    this.renewal = renewal;
  }

  public String instanceUrl() {
    return instanceUrl;
  }

  /** The Salesforce user whose permissions every call of this session carries. */
  public String userId() {
    return userId;
  }

  public String accessToken() {
    return accessToken;
  }

  /**
   * A token to retry with after {@code rejected} was refused: the current one if another call already renewed
   * it, else the result of one shared renewal.
   */
  public synchronized Future<String> renewAfter(String rejected) {
    if (!rejected.equals(accessToken)) {
      return Future.succeededFuture(accessToken);
    }
    if (renewing == null) {
      renewing = renewal.renew()
          .map(grant -> {
            accessToken = grant.accessToken();
            return grant.accessToken();
          })
          .andThen(done -> clearRenewing());
    }
    return renewing;
  }

  private synchronized void clearRenewing() {
    renewing = null;
  }

  @Override
  public String toString() {
    return "Session[" + instanceUrl + ", user " + userId + "]";
  }
}
