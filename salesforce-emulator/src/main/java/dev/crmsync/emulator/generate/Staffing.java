package dev.crmsync.emulator.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides about each person of a company: whether the directory knows them, whether the CRM has them as a
 * contact (of their employer's account, or of a past employer's: stale), a lead (open, also a contact, or
 * converted), and whether a namesake lives elsewhere; writes their directory profile, CRM records and ground
 * truth.
 */
final class Staffing {
  /** What staffing uses, built once per generation. */
  record Tools(NoiseRates noise, Plan plan, World world, SalesTeam team, Sinks sinks, Sequences sequences,
      People people, PersonNoise personNoise, CompanyNoise companyNoise, DirectoryViews views,
      PersonRecords personRecords) {
  }

  private final NoiseRates noise;
  private final Plan plan;
  private final World world;
  private final SalesTeam team;
  private final Sinks sinks;
  private final Sequences sequences;
  private final People people;
  private final PersonNoise personNoise;
  private final CompanyNoise companyNoise;
  private final DirectoryViews views;
  private final PersonRecords personRecords;

  Staffing(Tools tools) {
    this.noise = tools.noise();
    this.plan = tools.plan();
    this.world = tools.world();
    this.team = tools.team();
    this.sinks = tools.sinks();
    this.sequences = tools.sequences();
    this.people = tools.people();
    this.personNoise = tools.personNoise();
    this.companyNoise = tools.companyNoise();
    this.views = tools.views();
    this.personRecords = tools.personRecords();
  }

  /** One more person working at the staff's company. */
  void person(CompanyPeople staff, Rng rng) {
    Company company = staff.company();
    Person person = people.create(company, rng);
    String profileId = rng.chance(plan.directoryShare()) ? sequences.nextProfile() : null;
    PersonStory story = new PersonStory(person, profileId);
    contact(staff, story, rng);
    lead(staff, story, rng);
    if (profileId != null) {
      sinks.directory().accept(views.person(profileId, person, story.earlierTitle, rng));
    }
    if (!story.records.isEmpty() && rng.chance(noise.decoy())) {
      decoy(story, rng);
    }
  }

  private void contact(CompanyPeople staff, PersonStory story, Rng rng) {
    Company company = staff.company();
    Person person = story.person;
    boolean wanted = rng.chance(company.hasAccount() ? plan.contactChance()
        : plan.contactChance() * noise.staleEmployer());
    if (!wanted) {
      return;
    }
    Company employer = null;
    String title = person.title();
    if (!company.hasAccount() || rng.chance(noise.staleEmployer())) {
      Person.PastJob job = pastJobAtAccount(person);
      if (job != null) {
        employer = world.company(job.companyIndex());
        title = job.title();
      }
    }
    if (employer == null && company.hasAccount()) {
      employer = company;
      if (rng.chance(noise.staleTitle())) {
        story.earlierTitle = otherTitle(person, rng);
        title = story.earlierTitle;
      }
    }
    if (employer == null) {
      return;
    }
    String id = sequences.next(CrmObject.CONTACT);
    CrmPerson view = personNoise.view(person, employer, title, rng);
    String owner = team.accountOwner(employer.index(), employer.country());
    sinks.crm().record(CrmObject.CONTACT.apiName(),
        personRecords.contact(id, World.accountId(employer.index()), owner, view, rng));
    if (employer.index() == company.index()) {
      staff.contactIds().add(id);
    }
    story.contact = new PersonRecords.Conversion(World.accountId(employer.index()), id, null);
    story.contactEmployer = employer;
    story.contactTitle = title;
    record(story, id, CrmObject.CONTACT, true, view, employer, title, List.of());
  }

  private void lead(CompanyPeople staff, PersonStory story, Rng rng) {
    Company company = staff.company();
    Person person = story.person;
    if (story.contact != null) {
      double draw = rng.nextDouble();
      if (draw < noise.leadAndContact()) {
        addLead(staff, story, company, person.title(), null, "also_contact", rng);
      } else if (draw < noise.leadAndContact() + noise.convertedLead()) {
        addLead(staff, story, story.contactEmployer, story.contactTitle, story.contact, "converted", rng);
      }
      return;
    }
    if (!rng.chance(plan.leadChance())) {
      return;
    }
    Company employer = company;
    String title = person.title();
    if (!person.pastJobs().isEmpty() && rng.chance(noise.staleEmployer())) {
      Person.PastJob job = person.pastJobs().get(0);
      employer = world.company(job.companyIndex());
      title = job.title();
    } else if (rng.chance(noise.staleTitle())) {
      story.earlierTitle = otherTitle(person, rng);
      title = story.earlierTitle;
    }
    addLead(staff, story, employer, title, null, null, rng);
  }

  private void addLead(CompanyPeople staff, PersonStory story, Company employer, String title,
      PersonRecords.Conversion conversion, String kind, Rng rng) {
    String id = sequences.next(CrmObject.LEAD);
    CrmPerson view = personNoise.view(story.person, employer, title, rng);
    List<String> companyTags = new ArrayList<>(1);
    String companyName = companyNoise.name(employer, rng, companyTags);
    staff.leads().add(new PendingLead(id, team.leadOwner(employer.country(), rng), view, employer, companyName,
        conversion));
    List<String> extra = new ArrayList<>(2);
    if (kind != null) {
      extra.add(kind);
    }
    if (!companyTags.isEmpty()) {
      extra.add("company_name_variant");
    }
    record(story, id, CrmObject.LEAD, story.contact == null, view, employer, title, extra);
  }

  /** Notes a CRM record of the person, and its ground truth when the person is in the directory. */
  private void record(PersonStory story, String crmId, CrmObject object, boolean preferred, CrmPerson view,
      Company employer, String title, List<String> extraTags) {
    story.records.add(new CrmRef(crmId, object));
    if (story.profileId == null) {
      return;
    }
    Person person = story.person;
    List<String> tags = new ArrayList<>(view.noise());
    tags.addAll(extraTags);
    if (employer.index() != person.employer().index()) {
      tags.add("stale_employer");
      stale(story, crmId, object, "employer", employer.name(), person.employer().name());
    }
    if (!title.equals(person.title())) {
      if (employer.index() == person.employer().index()) {
        tags.add("stale_title");
      }
      stale(story, crmId, object, "title", title, person.title());
    }
    if (view.staleLocation() != null) {
      stale(story, crmId, object, "location", view.staleLocation(), person.city().name());
    }
    sinks.truth().accept(new TruthLink(story.profileId, crmId, object, preferred, tags));
  }

  private void stale(PersonStory story, String crmId, CrmObject object, String field, String crmValue,
      String currentValue) {
    sinks.truth().accept(new StaleFact(crmId, object, story.profileId, field, crmValue, currentValue));
  }

  private void decoy(PersonStory story, Rng rng) {
    int other = rng.below(world.size());
    Company employer = world.company(other == story.person.employer().index() ? (other + 1) % world.size() : other);
    Person namesake = people.namesake(story.person, employer, rng);
    String profileId = sequences.nextProfile();
    sinks.directory().accept(views.person(profileId, namesake, null, rng));
    for (CrmRef record : story.records) {
      sinks.truth().accept(new Decoy(profileId, record.id(), record.object(), story.profileId));
    }
  }

  private Person.PastJob pastJobAtAccount(Person person) {
    for (Person.PastJob job : person.pastJobs()) {
      if (world.hasAccount(job.companyIndex())) {
        return job;
      }
    }
    return null;
  }

  private String otherTitle(Person person, Rng rng) {
    String title = people.title(person.function(), person.employer().country(), rng);
    return title.equals(person.title()) ? "Junior " + title : title;
  }

  /** A CRM record of a person. */
  private record CrmRef(String id, CrmObject object) {
  }

  /** What is being decided about one person. */
  private static final class PersonStory {
    final Person person;
    final String profileId;
    final List<CrmRef> records = new ArrayList<>(2);
    String earlierTitle;
    PersonRecords.Conversion contact;
    Company contactEmployer;
    String contactTitle;

    PersonStory(Person person, String profileId) {
      this.person = person;
      this.profileId = profileId;
    }
  }
}
