package dev.crmsync.salesforce.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PkceTest {

  @Test
  void theChallengeIsTheRfc7636ExampleForItsVerifier() {
    Pkce pkce = Pkce.fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  }

  @Test
  void generatedVerifiersAreLongAndDistinct() {
    Pkce a = Pkce.generate();
    Pkce b = Pkce.generate();
    assertThat(a.verifier()).hasSizeBetween(43, 128).isNotEqualTo(b.verifier());
    assertThat(a.toString()).doesNotContain(a.verifier());
  }

  @Test
  void aChallengeThatDoesNotMatchItsVerifierIsRefused() {
    String verifier = Pkce.generate().verifier();
    assertThatThrownBy(() -> new Pkce(verifier, "wrong")).hasMessageContaining("challenge");
  }
}
