package dev.crmsync.match.io;

/** Salesforce record ids: the 15-character case-sensitive form and the 18-character form are the same id. */
public final class SalesforceIds {
  private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

  private SalesforceIds() {
  }

  /** The 18-character form of a 15- or 18-character id (the checksum suffix encodes the upper-case letters). */
  public static String to18(String id) {
    if (id == null || id.length() != 15 && id.length() != 18) {
      throw new IllegalArgumentException("a Salesforce id has 15 or 18 characters, got '" + id + "'");
    }
    if (id.length() == 18) {
      return id;
    }
    StringBuilder suffix = new StringBuilder(3);
    for (int chunk = 0; chunk < 3; chunk++) {
      int bits = 0;
      for (int i = 0; i < 5; i++) {
        char c = id.charAt(chunk * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          bits |= 1 << i;
        }
      }
      suffix.append(SUFFIX_CHARS.charAt(bits));
    }
    return id + suffix;
  }
}
