package dev.crmsync.emulator.generate;

import dev.crmsync.index.names.Nicknames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a person into what a CRM record says of them, with the noise of real CRM data at the given rates. */
final class PersonNoise {
  private static final String[] PLUS_TAGS = {"+sfdc", "+crm", "+news", "+events"};
  private static final double MOBILE_KNOWN = 0.4;

  private final NoiseRates rates;
  private final Nicknames nicknames;
  private final Phones phones;
  private final Vocabulary vocabulary;
  private final Map<String, List<String>> sortedNicknames = new HashMap<>();

  PersonNoise(NoiseRates rates, Nicknames nicknames, Phones phones, Vocabulary vocabulary) {
    this.rates = rates;
    this.nicknames = nicknames;
    this.phones = phones;
    this.vocabulary = vocabulary;
  }

  /** The record of {@code person} as an employee of {@code employer} with {@code title}. */
  CrmPerson view(Person person, Company employer, String title, Rng rng) {
    List<String> tags = new ArrayList<>(4);
    Name name = names(person, rng, tags);
    String recordTitle = title(title, rng, tags);
    String email = email(person, employer, rng, tags);
    String phone = null;
    String mobile = null;
    if (rng.chance(rates.missingPhone())) {
      tags.add("missing_phone");
    } else {
      boolean typed = rng.chance(rates.phoneFormat());
      if (typed) {
        tags.add("phone_format");
      }
      String desk = employer.index() == person.employer().index() ? person.directLine()
          : phones.landline(employer.city(), rng);
      phone = formatted(employer.country(), desk, typed, rng);
      mobile = rng.chance(MOBILE_KNOWN) ? formatted(person.city().country(), person.mobile(), typed, rng) : null;
    }
    if (rng.chance(rates.missingAddress())) {
      tags.add("missing_address");
      return new CrmPerson(name.first(), name.last(), recordTitle, person.function(), email, phone, mobile, null, null,
          null, null, null, tags, null);
    }
    City city = person.city();
    String street = person.street();
    String postalCode = person.postalCode();
    String staleLocation = null;
    if (rng.chance(rates.staleLocation())) {
      city = Places.otherCity(vocabulary, city, rng);
      street = Places.street(vocabulary, city.country(), rng);
      postalCode = city.postalCode(rng);
      staleLocation = city.name();
      tags.add("stale_location");
    }
    return new CrmPerson(name.first(), name.last(), recordTitle, person.function(), email, phone, mobile, street,
        city.name(), state(city, rng, tags), country(city.country(), rng, tags), postalCode, tags, staleLocation);
  }

  /** A name as a record spells it. */
  private record Name(String first, String last) {
  }

  private Name names(Person person, Rng rng, List<String> tags) {
    String first = person.firstName();
    String last = person.lastName();
    if (rng.chance(rates.initial())) {
      first = first.charAt(0) + (rng.chance(0.7) ? "." : "");
      tags.add("initial");
    } else {
      List<String> nicks = nicknamesOf(first);
      if (!nicks.isEmpty() && rng.chance(rates.nickname())) {
        first = Text.capitalize(rng.pick(nicks));
        tags.add("nickname");
      }
    }
    if (!Text.isAscii(first + last) && rng.chance(rates.accentsStripped())) {
      first = Text.stripAccents(first);
      last = Text.stripAccents(last);
      tags.add("accents_stripped");
    }
    if (rng.chance(rates.typo())) {
      if (rng.chance(0.7) || first.length() < 4) {
        last = Typos.apply(last, rng);
      } else {
        first = Typos.apply(first, rng);
      }
      tags.add("typo");
    }
    if (rng.chance(rates.nameCase())) {
      last = last.toUpperCase(Locale.ROOT);
      first = rng.chance(0.5) ? first.toUpperCase(Locale.ROOT) : first;
      tags.add("name_case");
    }
    if (rng.chance(rates.swappedNames())) {
      tags.add("swapped_names");
      return new Name(last, first);
    }
    return new Name(first, last);
  }

  private List<String> nicknamesOf(String first) {
    return sortedNicknames.computeIfAbsent(first,
        name -> nicknames.nicknamesOf(name).stream().filter(nick -> nick.length() > 1).sorted().toList());
  }

  private String title(String title, Rng rng, List<String> tags) {
    if (rng.chance(rates.missingTitle())) {
      tags.add("missing_title");
      return null;
    }
    if (rng.chance(rates.titleVariant())) {
      String variant = Titles.variant(title);
      if (!variant.equals(title)) {
        tags.add("title_variant");
        return variant;
      }
    }
    return title;
  }

  private String email(Person person, Company employer, Rng rng, List<String> tags) {
    if (rng.chance(rates.missingEmail())) {
      tags.add("missing_email");
      return null;
    }
    if (rng.chance(rates.personalEmail())) {
      tags.add("personal_email");
      return person.personalEmail();
    }
    EmailPattern pattern = employer.emailPattern();
    if (rng.chance(rates.emailPattern())) {
      pattern = EmailPattern.values()[(pattern.ordinal() + 1 + rng.below(EmailPattern.values().length - 1))
          % EmailPattern.values().length];
      tags.add("email_pattern");
    }
    String local = workLocalPart(person, employer, pattern);
    if (rng.chance(rates.emailPlusTag())) {
      local += PLUS_TAGS[rng.below(PLUS_TAGS.length)];
      tags.add("email_plus_tag");
    }
    return local + "@" + employer.domain();
  }

  /** The local part of the person's address at {@code employer}, as the company's mail system has it. */
  static String workLocalPart(Person person, Company employer, EmailPattern pattern) {
    String first = person.firstName();
    String last = person.lastName();
    if (employer.country() == Country.DE) {
      first = Text.transliterateGerman(first);
      last = Text.transliterateGerman(last);
    }
    return pattern.localPart(Text.slug(first), Text.slug(last));
  }

  private String formatted(Country country, String nationalNumber, boolean typed, Rng rng) {
    return typed ? phones.typed(country, nationalNumber, rng) : phones.e164(country, nationalNumber);
  }

  private String state(City city, Rng rng, List<String> tags) {
    if (city.stateCode() == null) {
      return null;
    }
    if (!rng.chance(rates.stateSpelling())) {
      return city.stateCode();
    }
    tags.add("state_spelling");
    return switch (rng.below(3)) {
      case 0 -> city.stateName();
      case 1 -> Text.stripAccents(city.stateName()).toUpperCase(Locale.ROOT);
      default -> city.stateCode().toLowerCase(Locale.ROOT);
    };
  }

  /** How the CRM spells the country: its name, or one of the other spellings people type. */
  String country(Country country, Rng rng, List<String> tags) {
    if (!rng.chance(rates.countrySpelling())) {
      return country.displayName();
    }
    tags.add("country_spelling");
    return rng.pick(country.crmSpellings());
  }
}
