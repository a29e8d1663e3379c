package dev.crmsync.index.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Phone numbers in E.164, read with the country of the record they belong to. */
public final class Phones {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final int TAIL_DIGITS = 7;

  private Phones() {
  }

  /**
   * The E.164 form ("+4930123456") of a number written in any national or international style, reading national
   * numbers as numbers of {@code countryIso2} (may be null: then only numbers with a country code are read);
   * empty when libphonenumber cannot make a possible number of it.
   */
  public static Optional<String> e164(String value, String countryIso2) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(value, countryIso2 == null ? "ZZ" : countryIso2);
      if (!UTIL.isPossibleNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The key a phone is compared and looked up by: its E.164 form, or, when the country is unknown, its last
   * seven digits prefixed with "~" (a weaker key: the same subscriber number without its area and country).
   */
  public static Optional<String> key(String value, String countryIso2) {
    Optional<String> e164 = e164(value, countryIso2);
    if (e164.isPresent()) {
      return e164;
    }
    String tail = tail(value);
    return tail.length() == TAIL_DIGITS ? Optional.of("~" + tail) : Optional.empty();
  }

  /** The last seven digits of a number (fewer when it has fewer). */
  public static String tail(String value) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.length() <= TAIL_DIGITS ? digits.toString() : digits.substring(digits.length() - TAIL_DIGITS);
  }
}
