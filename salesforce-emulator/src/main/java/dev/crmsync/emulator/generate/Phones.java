package dev.crmsync.emulator.generate;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers of the generated world: random numbers in each country's numbering plan, kept as national
 * significant numbers and written the many ways people type them (libphonenumber knows each country's
 * grouping).
 */
final class Phones {
  private static final String[] EXTENSION_MARKS = {" x", " ext. ", " ext ", " #", "-"};

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

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
    return "+" + util.getCountryCodeForRegion(country.isoCode()) + nationalNumber;
  }

  /** The number as a person might type it: national or international layout, sometimes an extension. */
  String typed(Country country, String nationalNumber, Rng rng) {
    PhoneNumber number = new PhoneNumber()
        .setCountryCode(util.getCountryCodeForRegion(country.isoCode()))
        .setNationalNumber(Long.parseLong(nationalNumber));
    String text = switch (rng.below(4)) {
      case 0 -> util.format(number, PhoneNumberFormat.INTERNATIONAL);
      case 1 -> util.format(number, PhoneNumberFormat.NATIONAL).replace(' ', '-');
      case 2 -> number.getCountryCode() == 1
          ? util.format(number, PhoneNumberFormat.NATIONAL).replace("(", "").replace(") ", ".").replace('-', '.')
          : "+" + number.getCountryCode() + " (0)" + nationalNumber;
      default -> util.format(number, PhoneNumberFormat.NATIONAL);
    };
    return rng.chance(0.15) ? text + EXTENSION_MARKS[rng.below(EXTENSION_MARKS.length)] + rng.between(10, 4999)
        : text;
  }
}
