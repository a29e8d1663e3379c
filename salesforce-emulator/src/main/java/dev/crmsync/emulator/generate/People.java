package dev.crmsync.emulator.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Makes the people who work at a company: names of the country's cultures, a job, a career, a home. */
final class People {
  private static final double EXECUTIVE = 0.07;
  private static final double LIVES_IN_COMPANY_CITY = 0.8;
  private static final double LIVES_ABROAD = 0.04;
  private static final double LOCAL_TITLE = 0.25;

  private final Vocabulary vocabulary;
  private final Phones phones;
  private final List<String> functions;
  private final List<String> templates;
  private final List<String> executives;
  private final List<String> freeMail;
  private final Map<Country, List<String>> localTitles = new EnumMap<>(Country.class);

  People(Vocabulary vocabulary, Phones phones) {
    this.vocabulary = vocabulary;
    this.phones = phones;
    this.functions = vocabulary.section("title.function");
    this.templates = vocabulary.section("title.template");
    this.executives = vocabulary.section("title.executive");
    this.freeMail = vocabulary.section("email.free");
    for (Country country : List.of(Country.DE, Country.FR, Country.BR)) {
      localTitles.put(country, vocabulary.section("title.local." + country.isoCode()));
    }
  }

  Person create(Company employer, Rng rng) {
    Country country = rng.chance(LIVES_ABROAD) ? Country.values()[rng.below(Country.values().length)]
        : employer.country();
    String culture = Cultures.pick(country, rng);
    String first = rng.pick(vocabulary.section("given." + culture));
    String last = rng.pick(vocabulary.section("family." + culture));
    City city = country == employer.country() && rng.chance(LIVES_IN_COMPANY_CITY) ? employer.city()
        : rng.pick(vocabulary.cities(country));
    String function = rng.pick(functions);
    return new Person(first, last, employer, function, title(function, employer.country(), rng),
        pastJobs(employer, function, rng),
        city, Places.street(vocabulary, country, rng), city.postalCode(rng), personalEmail(first, last, rng),
        phones.mobile(city, rng), phones.landline(employer.city(), rng));
  }

  /**
   * A title in {@code function}, now and then an executive one; in a country with titles of its own language,
   * sometimes one of those.
   */
  String title(String function, Country country, Rng rng) {
    List<String> local = localTitles.get(country);
    if (local != null && rng.chance(LOCAL_TITLE)) {
      return rng.pick(local);
    }
    return rng.chance(EXECUTIVE) ? rng.pick(executives) : rng.pick(templates).replace("%s", function);
  }

  /** A namesake: the same name, another employer and another home, most often in another country. */
  Person namesake(Person person, Company employer, Rng rng) {
    Country country = employer.country();
    City city = rng.pick(vocabulary.cities(country));
    String function = rng.pick(functions);
    return new Person(person.firstName(), person.lastName(), employer, function, title(function, country, rng),
        List.of(), city, Places.street(vocabulary, country, rng), city.postalCode(rng),
        personalEmail(person.firstName(), person.lastName(), rng), phones.mobile(city, rng),
        phones.landline(employer.city(), rng));
  }

  private List<Person.PastJob> pastJobs(Company employer, String function, Rng rng) {
    if (employer.index() == 0) {
      return List.of();
    }
    int count = rng.below(3);
    List<Person.PastJob> jobs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      jobs.add(new Person.PastJob(rng.below(employer.index()), title(function, employer.country(), rng)));
    }
    return jobs;
  }

  private String personalEmail(String first, String last, Rng rng) {
    String local = Text.slug(first) + (rng.chance(0.5) ? "." : "") + Text.slug(last)
        + (rng.chance(0.4) ? rng.digits(2) : "");
    return local + "@" + rng.pick(freeMail);
  }
}
