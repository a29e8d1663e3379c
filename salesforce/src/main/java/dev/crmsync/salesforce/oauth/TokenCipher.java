package dev.crmsync.salesforce.oauth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tokens for storage with AES-256-GCM: a fresh 12-byte nonce followed by the ciphertext and its 16-byte
 * tag. A tampered or foreign ciphertext fails to decrypt instead of yielding garbage. {@link #toString()} never
 * shows the key.
 */
public final class TokenCipher {
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  private TokenCipher(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /** A cipher from a base64-encoded 32-byte key. */
  public static TokenCipher fromBase64Key(String base64Key) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("token key must be base64, and it is not");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("token key must decode to 32 bytes, got " + key.length);
    }
    return new TokenCipher(key);
  }

  /** A new random key, base64-encoded, for setting up an installation. */
  public static String newBase64Key() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  public byte[] encrypt(String token) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /** Decrypts what {@link #encrypt} produced with the same key; fails on any other bytes. */
  public String decrypt(byte[] stored) {
    if (stored == null || stored.length <= NONCE_BYTES) {
      throw new IllegalArgumentException("stored token is too short to be a ciphertext");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key,
          new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 0, NONCE_BYTES)));
      byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("stored token does not decrypt with the configured key");
    }
  }

  @Override
  public String toString() {
    return "TokenCipher[AES-256-GCM]";
  }
}
