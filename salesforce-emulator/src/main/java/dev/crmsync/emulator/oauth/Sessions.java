package dev.crmsync.emulator.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The login service's memory: authorization codes, refresh tokens, access tokens (sessions) and which users
 * approved which app. Access tokens expire after the configured lifetime, or all at once on demand (a fault).
 */
public final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Past this many sessions, expired ones are dropped so that a long-running emulator does not grow. */
  private static final int FORGET_EXPIRED_ABOVE = 10_000;

  /**
   * A live session behind an access token.
   *
   * @param userId the user it runs as
   * @param clientId the app it was issued to
   * @param scope the granted scopes
   * @param refreshToken the refresh token it came from, or null
   * @param expiresAt when it stops working
   */
  public record Session(String userId, String clientId, String scope, String refreshToken, Instant expiresAt) {
  }

  /** A refresh token's grant. */
  record Grant(String userId, String clientId, String scope) {
  }

  /** An authorization code waiting to be exchanged. */
  record Code(String userId, String clientId, String redirectUri, String codeChallenge, String scope,
              Instant expiresAt) {
  }

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private final Map<String, Code> codes = new ConcurrentHashMap<>();
  private final Set<String> approvals = ConcurrentHashMap.newKeySet();
  private final String orgId15;
  private final Clock clock;
  private final Duration accessTokenLifetime;

  public Sessions(String orgId, Clock clock, Duration accessTokenLifetime) {
    this.orgId15 = orgId.substring(0, 15);
    this.clock = clock;
    this.accessTokenLifetime = accessTokenLifetime;
  }

  /** The live session of an access token, if it is known, not revoked and not expired. */
  public Optional<Session> session(String accessToken) {
    Session session = accessToken == null ? null : sessions.get(accessToken);
    if (session == null || !clock.instant().isBefore(session.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(session);
  }

  /** Makes every access token issued so far expire now; refresh tokens keep working. */
  public void expireAll() {
    Instant now = clock.instant();
    sessions.replaceAll((token, s) -> new Session(s.userId(), s.clientId(), s.scope(), s.refreshToken(), now));
  }

  String openSession(String userId, String clientId, String scope, String refreshToken) {
    if (sessions.size() > FORGET_EXPIRED_ABOVE) {
      Instant now = clock.instant();
      sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
    }
    String token = orgId15 + "!" + random(72);
    sessions.put(token, new Session(userId, clientId, scope, refreshToken,
        clock.instant().plus(accessTokenLifetime)));
    return token;
  }

  String issueRefreshToken(String userId, String clientId, String scope) {
    String token = "5Aep861" + random(80);
    grants.put(token, new Grant(userId, clientId, scope));
    approvals.add(clientId + "/" + userId);
    return token;
  }

  Optional<Grant> grant(String refreshToken) {
    return Optional.ofNullable(refreshToken == null ? null : grants.get(refreshToken));
  }

  String issueCode(String userId, String clientId, String redirectUri, String challenge, String scope,
                   Duration lifetime) {
    String code = "aPrx" + random(60);
    codes.put(code, new Code(userId, clientId, redirectUri, challenge, scope, clock.instant().plus(lifetime)));
    return code;
  }

  /** Takes a code out: codes are single-use, and an expired code is as good as none. */
  Optional<Code> redeem(String code) {
    Code found = code == null ? null : codes.remove(code);
    return Optional.ofNullable(found).filter(c -> clock.instant().isBefore(c.expiresAt()));
  }

  boolean approved(String clientId, String userId) {
    return approvals.contains(clientId + "/" + userId);
  }

  /**
   * Revokes an access token, or a refresh token together with every access token issued from it.
   *
   * @return false when the token is unknown
   */
  boolean revoke(String token) {
    if (token == null) {
      return false;
    }
    if (grants.remove(token) != null) {
      sessions.values().removeIf(s -> token.equals(s.refreshToken()));
      return true;
    }
    return sessions.remove(token) != null;
  }

  Instant now() {
    return clock.instant();
  }

  private static String random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('-', '.').replace('_', 'x');
    return text.substring(0, length);
  }
}
