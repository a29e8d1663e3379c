package dev.crmsync.emulator.generate;

import java.util.ArrayList;
import java.util.List;

/** What the directory knows of the world's companies and people (data-formats.md §2). */
final class DirectoryViews {
  private static final double WORK_EMAIL_KNOWN = 0.5;
  private static final double PERSONAL_EMAIL_KNOWN = 0.6;
  private static final double MOBILE_KNOWN = 0.6;
  private static final double DESK_KNOWN = 0.2;
  private static final double COUNTRY_AS_CODE = 0.1;

  private final World world;
  private final Phones phones;

  DirectoryViews(World world, Phones phones) {
    this.world = world;
    this.phones = phones;
  }

  DirectoryCompany company(Company company) {
    List<String> domains = company.domain().endsWith(".com") ? List.of(company.domain())
        : List.of(company.domain(), Text.slug(company.baseName()) + ".com");
    return new DirectoryCompany(company.id(), company.name(), company.website(), domains,
        company.word().directoryIndustry(), company.employees(), company.location());
  }

  /**
   * The profile of {@code person}; {@code earlierTitle}, when not null, is a title they held before at their
   * current employer.
   */
  DirectoryPerson person(String id, Person person, String earlierTitle, Rng rng) {
    Company employer = person.employer();
    List<Position> positions = new ArrayList<>(2 + person.pastJobs().size());
    positions.add(position(employer, person.title(), true));
    if (earlierTitle != null) {
      positions.add(position(employer, earlierTitle, false));
    }
    for (Person.PastJob job : person.pastJobs()) {
      positions.add(position(world.company(job.companyIndex()), job.title(), false));
    }
    List<String> emails = new ArrayList<>(2);
    if (rng.chance(WORK_EMAIL_KNOWN)) {
      emails.add(PersonNoise.workLocalPart(person, employer, employer.emailPattern()) + "@" + employer.domain());
    }
    if (rng.chance(PERSONAL_EMAIL_KNOWN)) {
      emails.add(person.personalEmail());
    }
    List<String> phoneNumbers = new ArrayList<>(2);
    if (rng.chance(MOBILE_KNOWN)) {
      phoneNumbers.add(phones.e164(person.city().country(), person.mobile()));
    }
    if (rng.chance(DESK_KNOWN)) {
      phoneNumbers.add(phones.e164(employer.country(), person.directLine()));
    }
    City city = person.city();
    String country = rng.chance(COUNTRY_AS_CODE) ? city.country().isoCode() : city.country().displayName();
    return new DirectoryPerson(id, person.firstName(), person.lastName(), headline(person, rng), positions,
        emails, phoneNumbers, new Location(city.name(), city.stateName(), country, person.postalCode()));
  }

  private static Position position(Company company, String title, boolean current) {
    return new Position(company.inDirectory() ? company.id() : null, company.name(), title, current);
  }

  private static String headline(Person person, Rng rng) {
    int shape = rng.below(20);
    if (shape < 15) {
      return person.title() + " at " + person.employer().baseName();
    }
    if (shape < 17) {
      return person.title() + " | " + person.function();
    }
    return null;
  }
}
