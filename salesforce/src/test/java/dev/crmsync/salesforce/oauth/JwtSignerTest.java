package dev.crmsync.salesforce.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtSignerTest {

  @Test
  void signsAnRs256AssertionThatTheCertificateVerifies() throws Exception {
    String cert = resource("cert.pem");
    JwtSigner signer = JwtSigner.fromPem(resource("key.pem"), cert);
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    String[] parts = signer.assertion("consumer-key", "sync@acme.com", LoginHost.SANDBOX, now).split("\\.");

    Base64.Decoder url = Base64.getUrlDecoder();
    assertThat(new JsonObject(new String(url.decode(parts[0]), StandardCharsets.UTF_8)).getString("alg"))
        .isEqualTo("RS256");
    JsonObject claims = new JsonObject(new String(url.decode(parts[1]), StandardCharsets.UTF_8));
    assertThat(claims.getString("iss")).isEqualTo("consumer-key");
    assertThat(claims.getString("sub")).isEqualTo("sync@acme.com");
    assertThat(claims.getString("aud")).isEqualTo("https://test.salesforce.com");
    assertThat(claims.getLong("exp")).isEqualTo(now.getEpochSecond() + JwtSigner.LIFETIME.toSeconds());
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(cert.getBytes(StandardCharsets.US_ASCII))));
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(verifier.verify(url.decode(parts[2]))).isTrue();
  }

  @Test
  void aCertificateOfAnotherKeyIsRefusedAtStart() throws IOException {
    assertThatThrownBy(() -> JwtSigner.fromPem(resource("key.pem"), resource("other-cert.pem")))
        .hasMessageContaining("does not belong");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = JwtSignerTest.class.getResourceAsStream("/jwt/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
