package dev.crmsync.salesforce.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** A PKCE pair (RFC 7636, S256): the secret verifier we keep and the challenge the browser carries. */
public record Pkce(String verifier, String challenge) {
  private static final int VERIFIER_BYTES = 48;
  private static final SecureRandom RANDOM = new SecureRandom();

  public Pkce {
    if (verifier == null || verifier.length() < 43 || verifier.length() > 128) {
      throw new IllegalArgumentException("verifier must be 43 to 128 characters, got "
          + (verifier == null ? "null" : verifier.length()));
    }
    if (!challenge(verifier).equals(challenge)) {
      throw new IllegalArgumentException("challenge must be base64url(SHA-256(verifier))");
    }
  }

  public static Pkce generate() {
    return fromVerifier(randomUrlSafe(VERIFIER_BYTES));
  }

  public static Pkce fromVerifier(String verifier) {
    return new Pkce(verifier, challenge(verifier));
  }

  /** A random URL-safe string, also used for the OAuth {@code state}. */
  public static String randomUrlSafe(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "Pkce[challenge=" + challenge + "]";
  }
}
