package dev.crmsync.gateway.auth;

import java.security.SecureRandom;
import java.util.Base64;

/** Proof Key for Code Exchange (RFC 7636, S256): a random verifier and its hashed challenge. */
final class Pkce {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private Pkce() {
  }

  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }

  static String challenge(String verifier) {
    return BASE64URL.encodeToString(ApiKeys.hash(verifier));
  }
}
