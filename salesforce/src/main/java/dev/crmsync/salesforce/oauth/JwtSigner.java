package dev.crmsync.salesforce.oauth;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs the assertions of the JWT bearer flow (RS256) with the private key whose certificate is uploaded to the
 * connected app. The certificate is checked against the key at start, so a mismatched pair fails here and not at
 * Salesforce.
 */
public final class JwtSigner {
  /** Salesforce rejects an {@code exp} in the past; a few minutes ahead covers clock skew. */
  static final Duration LIFETIME = Duration.ofMinutes(3);
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private final PrivateKey key;

  private JwtSigner(PrivateKey key) {
    this.key = key;
  }

  /** From a PKCS#8 PEM private key and the PEM X.509 certificate of its public key. */
  public static JwtSigner fromPem(String privateKeyPem, String certificatePem) {
    try {
      RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(pemBody(privateKeyPem, "PRIVATE KEY")));
      X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)));
      if (!(certificate.getPublicKey() instanceof RSAPublicKey publicKey)
          || !publicKey.getModulus().equals(key.getModulus())) {
        throw new IllegalArgumentException("the JWT certificate does not belong to the JWT private key");
      }
      return new JwtSigner(key);
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException("the JWT key must be an RSA key in PKCS#8 PEM (BEGIN PRIVATE KEY; convert"
          + " with openssl pkcs8 -topk8 -nocrypt) and the certificate an X.509 PEM: " + e.getMessage());
    }
  }

  /** A signed assertion: {@code iss} the consumer key, {@code sub} the username, {@code aud} the login host. */
  public String assertion(String clientId, String username, LoginHost audience, Instant now) {
    JsonObject header = new JsonObject().put("alg", "RS256");
    JsonObject claims = new JsonObject()
        .put("iss", clientId)
        .put("sub", username)
        .put("aud", audience.baseUrl())
        .put("exp", now.plus(LIFETIME).getEpochSecond());
    String signingInput = encode(header) + "." + encode(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + URL.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RS256 signing failed", e);
    }
  }

  private static String encode(JsonObject json) {
    return URL.encodeToString(json.encode().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] pemBody(String pem, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("expected a PEM block '" + begin + "'");
    }
    return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
  }

  @Override
  public String toString() {
    return "JwtSigner[RS256]";
  }
}
