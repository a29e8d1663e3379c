package dev.crmsync.emulator.generate;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Phone numbers of the generated world: random numbers in each country's numbering plan, kept as national
 * significant numbers and written the many ways people type them (libphonenumber knows each country's
 * grouping). Not thread-safe: it caches layouts.
 */
final class Phones {
  private static final String[] EXTENSION_MARKS = {" x", " ext. ", " ext ", " #"};

  /** Leading digits that decide a layout: enough for every area code and mobile prefix generated. */
  private static final int LAYOUT_PREFIX = 4;

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final Map<String, String> layouts = new HashMap<>();
  private final Map<Country, String> callingCodes = new EnumMap<>(Country.class);

  Phones() {
    for (Country country : Country.values()) {
      callingCodes.put(country, "+" + util.getCountryCodeForRegion(country.isoCode()));
    }
  }

  /** A landline in the city: its area code, then random digits; an exchange never starts with 0 or 1. */
  String landline(City city, Rng rng) {
    int rest = city.country().landlineLength() - city.areaCode().length();
    return city.areaCode() + rng.between(2, 9) + rng.digits(rest - 1);
  }

  String mobile(City city, Rng rng) {
    Country country = city.country();
    String prefix = country.mobilePrefixes().isEmpty()
        ? city.areaCode() + (country.mobileLength() > country.landlineLength() ? "9" : "")
        : rng.pick(country.mobilePrefixes());
    int rest = country.mobileLength() - prefix.length();
    return prefix + rng.between(2, 9) + rng.digits(rest - 1);
  }

  /** The E.164 form the directory keeps ({@code +4930123456}). */
  String e164(Country country, String nationalNumber) {
    return callingCodes.get(country) + nationalNumber;
  }

  /**
   * The number as a person might type it: national or international layout, sometimes an extension. Layouts
   * come from libphonenumber once per country, style, length and leading digits, then get the number's digits:
   * formatting every number through it would cost more than generating the record.
   */
  String typed(Country country, String nationalNumber, Rng rng) {
    int style = rng.below(4);
    String key = country.isoCode() + style + nationalNumber.length()
        + nationalNumber.substring(0, Math.min(LAYOUT_PREFIX, nationalNumber.length()));
    String layout = layouts.computeIfAbsent(key, k -> layout(country, nationalNumber, style));
    String text = withDigits(layout, nationalNumber);
    return rng.chance(0.15) ? text + EXTENSION_MARKS[rng.below(EXTENSION_MARKS.length)] + rng.between(10, 4999)
        : text;
  }

  private String layout(Country country, String nationalNumber, int style) {
    PhoneNumber number = new PhoneNumber()
        .setCountryCode(util.getCountryCodeForRegion(country.isoCode()))
        .setNationalNumber(Long.parseLong(nationalNumber));
    return switch (style) {
      case 0 -> util.format(number, PhoneNumberFormat.INTERNATIONAL);
      case 1 -> util.format(number, PhoneNumberFormat.NATIONAL).replace(' ', '-');
      case 2 -> number.getCountryCode() == 1
          ? util.format(number, PhoneNumberFormat.NATIONAL).replace("(", "").replace(") ", ".").replace('-', '.')
          : "+" + number.getCountryCode() + " (0)" + nationalNumber;
      default -> util.format(number, PhoneNumberFormat.NATIONAL);
    };
  }

  /** The layout with its last digits, which are always the national number's, replaced by those of the number. */
  static String withDigits(String layout, String nationalNumber) {
    char[] out = layout.toCharArray();
    int digit = nationalNumber.length() - 1;
    for (int i = out.length - 1; i >= 0 && digit >= 0; i--) {
      if (out[i] >= '0' && out[i] <= '9') {
        out[i] = nationalNumber.charAt(digit--);
      }
    }
    return new String(out);
  }
}
