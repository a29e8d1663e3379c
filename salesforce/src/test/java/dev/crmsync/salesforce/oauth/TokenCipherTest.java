package dev.crmsync.salesforce.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
  private final TokenCipher cipher = TokenCipher.fromBase64Key(TokenCipher.newBase64Key());

  @Test
  void roundTripsAndNeverRepeatsACiphertext() {
    byte[] first = cipher.encrypt("00Dxx!secret-token");
    byte[] second = cipher.encrypt("00Dxx!secret-token");
    assertThat(cipher.decrypt(first)).isEqualTo("00Dxx!secret-token");
    assertThat(first).isNotEqualTo(second);
    assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("secret-token");
  }

  @Test
  void aTamperedCiphertextOrAnotherKeyFailsToDecrypt() {
    byte[] sealed = cipher.encrypt("token");
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.decrypt(sealed)).hasMessageContaining("does not decrypt");
    TokenCipher other = TokenCipher.fromBase64Key(TokenCipher.newBase64Key());
    assertThatThrownBy(() -> other.decrypt(cipher.encrypt("token"))).hasMessageContaining("does not decrypt");
  }

  @Test
  void theKeyMustBeThirtyTwoBase64BytesAndIsNeverShown() {
    assertThatThrownBy(() -> TokenCipher.fromBase64Key("c2hvcnQ=")).hasMessageContaining("32 bytes, got 5");
    assertThatThrownBy(() -> TokenCipher.fromBase64Key("not base64!")).hasMessageContaining("base64");
    String key = TokenCipher.newBase64Key();
    assertThat(TokenCipher.fromBase64Key(key).toString()).doesNotContain(key);
  }
}
