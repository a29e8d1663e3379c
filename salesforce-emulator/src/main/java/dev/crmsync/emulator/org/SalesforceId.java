package dev.crmsync.emulator.org;

import java.util.Optional;

/**
 * Salesforce record ids: 15 case-sensitive characters, or 18 with a case-insensitive checksum suffix that
 * encodes where the upper-case letters are. Everything inside the emulator uses the canonical 18-character form.
 */
public final class SalesforceId {
  private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private SalesforceId() {
  }

  /** The 18-character form of a well-formed 15- or 18-character id, or empty when it is not one. */
  public static Optional<String> canonical(String id) {
    if (id == null || !(id.length() == 15 || id.length() == 18) || !isAlphanumeric(id)) {
      return Optional.empty();
    }
    if (id.length() == 15) {
      return Optional.of(id + suffix(id));
    }
    String restored = restoreCase(id);
    return restored == null ? Optional.empty() : Optional.of(restored + suffix(restored));
  }

  /** Adds the checksum suffix to a 15-character id. */
  public static String to18(String id15) {
    return id15 + suffix(id15);
  }

  /** The id number {@code counter} of the object with this key prefix, e.g. {@code 00Q5g0000000001AAA}. */
  public static String mint(String keyPrefix, long counter) {
    StringBuilder digits = new StringBuilder();
    long rest = counter;
    for (int i = 0; i < 9; i++) {
      digits.append(BASE62.charAt((int) (rest % 62)));
      rest /= 62;
    }
    return to18(keyPrefix + "5g0" + digits.reverse());
  }

  static String suffix(String id15) {
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

  private static String restoreCase(String id18) {
    char[] chars = id18.substring(0, 15).toCharArray();
    for (int block = 0; block < 3; block++) {
      int flags = SUFFIX_ALPHABET.indexOf(Character.toUpperCase(id18.charAt(15 + block)));
      if (flags < 0) {
        return null;
      }
      for (int i = 0; i < 5; i++) {
        int at = block * 5 + i;
        chars[at] = (flags & (1 << i)) != 0 ? Character.toUpperCase(chars[at]) : Character.toLowerCase(chars[at]);
      }
    }
    return new String(chars);
  }

  private static boolean isAlphanumeric(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
