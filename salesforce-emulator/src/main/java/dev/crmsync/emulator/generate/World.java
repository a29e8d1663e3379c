package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.SalesforceIds;
import java.util.List;

/**
 * The generated world's companies, each rebuilt on demand from the seed and its index: nothing is kept, so a
 * world of millions costs no memory, and a person's past employer can be looked up from any point of the run.
 */
final class World {
  private static final long COMPANY = 1;
  private static final long ACCOUNT = 2;
  /** Share of the world's companies that are accounts in the CRM. */
  static final double ACCOUNT_SHARE = 0.5;
  private static final double IN_DIRECTORY = 0.95;
  private static final double GLOBAL_DOMAIN = 0.3;
  private static final EmailPattern[] PATTERN_BY_POPULARITY = {EmailPattern.FIRST_DOT_LAST,
      EmailPattern.FIRST_DOT_LAST, EmailPattern.FIRST_DOT_LAST, EmailPattern.FIRST_DOT_LAST, EmailPattern.FLAST,
      EmailPattern.FLAST, EmailPattern.FIRST, EmailPattern.FIRST_UNDERSCORE_LAST, EmailPattern.FIRSTLAST,
      EmailPattern.F_DOT_LAST, EmailPattern.LAST_DOT_FIRST};

  private final long seed;
  private final int size;
  private final Vocabulary vocabulary;
  private final Phones phones;
  private final List<String> firstWords;
  private final List<CompanyWord> secondWords;
  private final Country[] countryByWeight;

  World(long seed, int size, Vocabulary vocabulary, Phones phones) {
    this.seed = seed;
    this.size = size;
    this.vocabulary = vocabulary;
    this.phones = phones;
    this.firstWords = vocabulary.section("company.first");
    this.secondWords = vocabulary.section("company.second").stream().map(CompanyWord::parse).toList();
    this.countryByWeight = weightedCountries();
  }

  /** How many companies the world has; indexes run from 0. */
  int size() {
    return size;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Whether company {@code index} is an account in the CRM; cheaper than building the company. The first always
   * is, so that even the smallest org has one.
   */
  boolean hasAccount(int index) {
    return index == 0 || Rng.of(seed, ACCOUNT, index).chance(ACCOUNT_SHARE);
  }

  /** The id of the account of company {@code index}, which must have one; duplicates get other ids. */
  static String accountId(int index) {
    return CrmObject.ACCOUNT.id(index);
  }

  Company company(int index) {
    Rng rng = Rng.of(seed, COMPANY, index);
    Country country = countryByWeight[rng.below(countryByWeight.length)];
    CompanyWord word = rng.pick(secondWords);
    String baseName = baseName(rng, country, word);
    City city = rng.pick(vocabulary.cities(country));
    String domain = Text.slug(baseName) + (rng.chance(GLOBAL_DOMAIN) ? ".com" : country.topLevelDomain());
    int employees = (int) Math.min(500_000, Math.round(Math.exp(2 + rng.nextDouble() * 9)));
    long revenue = Math.round(employees * (80_000 + rng.below(170_000)) / 1000.0) * 1000;
    return new Company(index, "co" + Text.padded(index + 1L, 6), baseName, rng.pick(country.legalForms()),
        country, city, Places.street(vocabulary, country, rng), city.postalCode(rng), domain, word, employees,
        revenue, PATTERN_BY_POPULARITY[rng.below(PATTERN_BY_POPULARITY.length)], phones.landline(city, rng),
        rng.chance(IN_DIRECTORY), hasAccount(index));
  }

  private String baseName(Rng rng, Country country, CompanyWord word) {
    int shape = rng.below(10);
    if (shape < 6) {
      return rng.pick(firstWords) + " " + word.word();
    }
    if (shape < 8) {
      return familyName(rng, country) + " " + word.word();
    }
    if (shape < 9) {
      return rng.pick(firstWords) + " " + rng.pick(firstWords) + " " + word.word();
    }
    return familyName(rng, country) + " & " + familyName(rng, country);
  }

  private String familyName(Rng rng, Country country) {
    return rng.pick(vocabulary.section("family." + Cultures.pick(country, rng)));
  }

  private static Country[] weightedCountries() {
    int total = 0;
    for (Country country : Country.values()) {
      total += country.weight();
    }
    Country[] table = new Country[total];
    int at = 0;
    for (Country country : Country.values()) {
      for (int i = 0; i < country.weight(); i++) {
        table[at++] = country;
      }
    }
    return table;
  }
}
