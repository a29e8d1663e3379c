package dev.crmsync.emulator.oauth;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Checks a JWT bearer assertion: RS256 signature against the app's certificate, then iss, aud and exp. */
final class JwtBearer {
  /**
   * The verified claims of an assertion.
   *
   * @param issuer the client id
   * @param subject the username
   */
  record Claims(String issuer, String subject) {
  }

  private final PublicKey key;
  private final Set<String> audiences;

  JwtBearer(String certificatePem, Set<String> audiences) {
    this.key = publicKey(certificatePem);
    this.audiences = Set.copyOf(audiences);
  }

  /** The claims of a valid assertion, or an {@link OAuthError} with the text Salesforce gives. */
  Claims verify(String assertion, String clientId, Instant now) {
    String[] parts = assertion == null ? new String[0] : assertion.split("\\.");
    if (parts.length != 3) {
      throw OAuthError.invalidGrant("invalid assertion");
    }
    JsonObject header = json(parts[0]);
    JsonObject claims = json(parts[1]);
    if (!"RS256".equals(header.getString("alg")) || !signatureMatches(parts)) {
      throw OAuthError.invalidGrant("invalid assertion");
    }
    if (!clientId.equals(claims.getString("iss"))) {
      throw new OAuthError("invalid_client_id", "client identifier invalid");
    }
    Object aud = claims.getValue("aud");
    if (aud == null || !audiences.contains(aud.toString().replaceAll("/$", ""))) {
      throw OAuthError.invalidGrant("audience is invalid");
    }
    Long exp = claims.getLong("exp");
    if (exp == null || !Instant.ofEpochSecond(exp).isAfter(now)) {
      throw OAuthError.invalidGrant("expired authorization code");
    }
    return new Claims(claims.getString("iss"), claims.getString("sub"));
  }

  private boolean signatureMatches(String[] parts) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonObject json(String part) {
    try {
      return new JsonObject(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
      throw OAuthError.invalidGrant("invalid assertion");
    }
  }

  /** The public key of a PEM certificate or PEM public key. */
  static PublicKey publicKey(String pem) {
    try {
      if (pem.contains("BEGIN CERTIFICATE")) {
        return CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
            .getPublicKey();
      }
      String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("connected app certificate is not a PEM X.509 certificate or RSA public key",
          e);
    }
  }
}
