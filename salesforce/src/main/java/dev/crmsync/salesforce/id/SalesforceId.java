package dev.crmsync.salesforce.id;

import java.util.Optional;

/**
 * A Salesforce record id in its 18-character, case-insensitive form. The API returns 18 characters and accepts
 * both; exports and people often carry the 15-character, case-sensitive form, whose checksum suffix is derived
 * here (salesforce-api.md §4.1).
 */
public record SalesforceId(String value) {
  private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

  public SalesforceId {
    if (value == null || value.length() != 18 || !alphanumeric(value)) {
      throw new IllegalArgumentException("value must be an 18-character Salesforce id, got '" + value + "'");
    }
    if (!value.substring(15).equalsIgnoreCase(suffix(value.substring(0, 15)))) {
      throw new IllegalArgumentException("value has a wrong checksum suffix, got '" + value + "'");
    }
  }

  /** Reads a 15- or 18-character id; empty when the text is not one. */
  public static Optional<SalesforceId> parse(String text) {
    if (text == null || !alphanumeric(text)) {
      return Optional.empty();
    }
    if (text.length() == 15) {
      return Optional.of(new SalesforceId(text + suffix(text)));
    }
    if (text.length() == 18 && text.substring(15).equalsIgnoreCase(suffix(text.substring(0, 15)))) {
      return Optional.of(new SalesforceId(text.substring(0, 15) + text.substring(15).toUpperCase()));
    }
    return Optional.empty();
  }

  /** Reads a 15- or 18-character id, failing with a message naming the text. */
  public static SalesforceId of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException(
        "not a 15- or 18-character Salesforce id: '" + text + "'"));
  }

  /** The three-character key prefix naming the object (001 Account, 003 Contact, 00Q Lead...). */
  public String keyPrefix() {
    return value.substring(0, 3);
  }

  @Override
  public String toString() {
    return value;
  }

  private static String suffix(String id15) {
    StringBuilder suffix = new StringBuilder(3);
    for (int block = 0; block < 3; block++) {
      int flags = 0;
      for (int i = 0; i < 5; i++) {
        char c = id15.charAt(block * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          flags |= 1 << i;
        }
      }
      suffix.append(SUFFIX_ALPHABET.charAt(flags));
    }
    return suffix.toString();
  }

  private static boolean alphanumeric(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
