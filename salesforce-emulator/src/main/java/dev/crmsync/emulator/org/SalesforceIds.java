package dev.crmsync.emulator.org;

import java.util.Objects;
import java.util.Optional;

/**
 * Salesforce record ids: the 15-character case-sensitive form, the 18-character form whose 3-character suffix
 * encodes the case of the first 15 (salesforce-api.md §4.1), and minting of new ids from a key prefix and a
 * counter. Every method accepts either form.
 */
public final class SalesforceIds {
  private static final String CHECKSUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  /** Pod and reserved character of minted ids: ids look like those of one real instance. */
  private static final String INSTANCE = "5g0";
  private static final int COUNTER_DIGITS = 9;
  private static final long MAX_COUNTER = (long) Math.pow(62, COUNTER_DIGITS) - 1;

  private SalesforceIds() {
  }

  /**
   * A new 18-character id: the 3-character key prefix of the object ({@code 00Q} for Lead), the instance, then
   * {@code counter} in base 62, then the checksum. Distinct counters give distinct ids.
   */
  public static String mint(String keyPrefix, long counter) {
    if (keyPrefix == null || keyPrefix.length() != 3 || !isBase62(keyPrefix)) {
      throw new IllegalArgumentException("keyPrefix must be 3 alphanumeric characters, got " + keyPrefix);
    }
    if (counter < 0 || counter > MAX_COUNTER) {
      throw new IllegalArgumentException("counter must be in [0, " + MAX_COUNTER + "], got " + counter);
    }
    char[] id15 = new char[15];
    keyPrefix.getChars(0, 3, id15, 0);
    INSTANCE.getChars(0, 3, id15, 3);
    long rest = counter;
    for (int i = 14; i >= 6; i--) {
      id15[i] = BASE62.charAt((int) (rest % 62));
      rest /= 62;
    }
    String id = new String(id15);
    return id + checksum(id);
  }

  /**
   * The canonical 18-character form of a 15- or 18-character id. An 18-character id may come in any case: its
   * suffix restores the case of the first 15 characters.
   *
   * @throws IllegalArgumentException when the id is neither form, or its suffix does not match
   */
  public static String to18(String id) {
    Objects.requireNonNull(id, "id");
    if (id.length() == 15 && isBase62(id)) {
      return id + checksum(id);
    }
    if (id.length() == 18 && isBase62(id)) {
      String restored = restoreCase(id);
      if (restored != null) {
        return restored;
      }
    }
    throw new IllegalArgumentException("id must be a 15- or 18-character Salesforce id, got " + id);
  }

  /** The canonical 18-character form of a well-formed id, or empty: for input that may be anything. */
  public static Optional<String> canonical(String id) {
    if (id == null || !(id.length() == 15 || id.length() == 18) || !isBase62(id)) {
      return Optional.empty();
    }
    if (id.length() == 18 && id.regionMatches(15, checksum(id), 0, 3)) {
      return Optional.of(id);
    }
    return isValid(id) ? Optional.of(to18(id)) : Optional.empty();
  }

  /** The 15-character, case-sensitive form of a valid 15- or 18-character id. */
  public static String to15(String id) {
    return to18(id).substring(0, 15);
  }

  /** Whether {@code id} is a 15-character id or an 18-character id with a matching suffix. */
  public static boolean isValid(String id) {
    if (id == null || !(id.length() == 15 || id.length() == 18) || !isBase62(id)) {
      return false;
    }
    return id.length() == 15 || restoreCase(id) != null;
  }

  /** Whether two ids, each in either form, name the same record. */
  public static boolean same(String a, String b) {
    return to18(a).equals(to18(b));
  }

  /** The 3-character checksum suffix of a 15-character id. */
  static String checksum(String id15) {
    char[] suffix = new char[3];
    for (int block = 0; block < 3; block++) {
      int flags = 0;
      for (int i = 0; i < 5; i++) {
        char c = id15.charAt(block * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          flags |= 1 << i;
        }
      }
      suffix[block] = CHECKSUM_ALPHABET.charAt(flags);
    }
    return new String(suffix);
  }

  /** The id with the case of its first 15 characters taken from its suffix, or null when the suffix is bad. */
  private static String restoreCase(String id18) {
    char[] id = id18.toCharArray();
    for (int block = 0; block < 3; block++) {
      int flags = CHECKSUM_ALPHABET.indexOf(Character.toUpperCase(id[15 + block]));
      if (flags < 0) {
        return null;
      }
      for (int i = 0; i < 5; i++) {
        int at = block * 5 + i;
        boolean upper = (flags & (1 << i)) != 0;
        if (upper && !Character.isLetter(id[at])) {
          return null;
        }
        id[at] = upper ? Character.toUpperCase(id[at]) : Character.toLowerCase(id[at]);
      }
      id[15 + block] = CHECKSUM_ALPHABET.charAt(flags);
    }
    return new String(id);
  }

  private static boolean isBase62(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (BASE62.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
