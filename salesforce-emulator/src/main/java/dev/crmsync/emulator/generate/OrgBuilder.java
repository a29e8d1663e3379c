package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.SalesforceIds;
import dev.crmsync.index.names.Nicknames;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the world one company at a time: the company, its account (and duplicate), its people with their
 * directory profiles and CRM contacts and leads, its opportunities, contact roles and account team. Only the
 * current company's records are held; everything a record refers to was written before it.
 */
final class OrgBuilder {
  private static final long COMPANY_STORY = 5;
  private static final double PEOPLE_SPREAD = 0.8;
  private static final double HAS_PARENT = 0.05;
  private static final double CONVERSION_MADE_OPPORTUNITY = 0.6;
  private static final double OPPORTUNITY_HAS_ROLES = 0.85;

  private final long seed;
  private final NoiseRates noise;
  private final Plan plan;
  private final World world;
  private final SalesTeam team;
  private final Sinks sinks;
  private final People people;
  private final PersonNoise personNoise;
  private final CompanyNoise companyNoise;
  private final DirectoryViews views;
  private final AccountRecords accountRecords;
  private final PersonRecords personRecords;
  private final Counters counters = new Counters();

  OrgBuilder(GeneratorSpec spec, Vocabulary vocabulary, Phones phones, SalesTeam team, Sinks sinks) {
    this.seed = spec.seed();
    this.noise = spec.noise();
    this.plan = Plan.of(spec);
    this.world = new World(seed, plan.companies(), vocabulary, phones);
    this.team = team;
    this.sinks = sinks;
    this.people = new People(vocabulary, phones);
    this.personNoise = new PersonNoise(noise, Nicknames.bundled(), phones, vocabulary);
    this.companyNoise = new CompanyNoise(noise);
    this.views = new DirectoryViews(world, phones);
    this.accountRecords = new AccountRecords(vocabulary, personNoise, phones);
    this.personRecords = new PersonRecords(vocabulary);
  }

  /** Writes every company of the world in index order. */
  void buildAll() {
    for (int index = 0; index < world.size(); index++) {
      company(index);
    }
  }

  private void company(int index) {
    Rng rng = Rng.of(seed, COMPANY_STORY, index);
    Company company = world.company(index);
    if (company.inDirectory()) {
      sinks.directory().accept(views.company(company));
    }
    String accountId = company.hasAccount() ? accounts(company, rng) : null;
    CompanyPeople staff = new CompanyPeople(company, accountId);
    int headcount = stochasticRound(plan.peopleMean() * Math.exp(PEOPLE_SPREAD * rng.gaussian()
        - PEOPLE_SPREAD * PEOPLE_SPREAD / 2), rng);
    for (int i = 0; i < headcount; i++) {
      person(staff, rng);
    }
    List<String> opportunityIds = accountId == null ? List.of() : opportunities(staff, rng);
    for (PendingLead lead : staff.leads()) {
      boolean convertedHere = lead.conversion() != null && lead.employer().index() == company.index();
      String opportunityId = convertedHere && !opportunityIds.isEmpty() && rng.chance(CONVERSION_MADE_OPPORTUNITY)
          ? rng.pick(opportunityIds) : null;
      sinks.crm().record(CrmObject.LEAD.apiName(), personRecords.lead(lead.id(), lead.owner(), lead.view(),
          lead.employer(), lead.companyName(), lead.conversion() == null ? null : new PersonRecords.Conversion(
              lead.conversion().accountId(), lead.conversion().contactId(), opportunityId), rng));
    }
    if (accountId != null) {
      for (String[] member : team.teamMembers(company.country(), team.accountOwner(index, company.country()), rng)) {
        sinks.crm().record(CrmObject.ACCOUNT_TEAM_MEMBER.apiName(), accountRecords.teamMember(
            counters.next(CrmObject.ACCOUNT_TEAM_MEMBER), accountId, member[0], member[1], rng));
      }
    }
  }

  /** Writes the company's account and, now and then, a duplicate of it; returns the account's id. */
  private String accounts(Company company, Rng rng) {
    String id = World.accountId(company.index());
    String owner = team.accountOwner(company.index(), company.country());
    List<String> tags = new ArrayList<>(3);
    String name = companyNoise.name(company, rng, tags);
    String website = companyNoise.website(company, rng, tags);
    sinks.crm().record(CrmObject.ACCOUNT.apiName(), accountRecords.account(company, id, name, website, owner,
        parentAccount(company.index(), rng), rng, tags));
    if (company.inDirectory()) {
      sinks.truth().accept(new TruthLink(company.id(), id, CrmObject.ACCOUNT, true, tags));
    }
    if (rng.chance(noise.duplicateAccount())) {
      String duplicateId = CrmObject.ACCOUNT.id(world.size() + counters.duplicates++);
      List<String> duplicateTags = new ArrayList<>(List.of("duplicate", "name_variant"));
      String duplicateWebsite = companyNoise.website(company, rng, duplicateTags);
      sinks.crm().record(CrmObject.ACCOUNT.apiName(), accountRecords.account(company, duplicateId,
          companyNoise.duplicateName(company, rng), duplicateWebsite, team.leadOwner(company.country(), rng), null,
          rng, duplicateTags));
      if (company.inDirectory()) {
        sinks.truth().accept(new TruthLink(company.id(), duplicateId, CrmObject.ACCOUNT, false, duplicateTags));
      }
    }
    return id;
  }

  /** Now and then the account of an earlier company with an account, as parent; else null. */
  private String parentAccount(int index, Rng rng) {
    if (index == 0 || !rng.chance(HAS_PARENT)) {
      return null;
    }
    for (int attempt = 0; attempt < 4; attempt++) {
      int candidate = rng.below(index);
      if (world.hasAccount(candidate)) {
        return World.accountId(candidate);
      }
    }
    return null;
  }

  private void person(CompanyPeople staff, Rng rng) {
    Company company = staff.company();
    Person person = people.create(company, rng);
    String profileId = rng.chance(plan.directoryShare()) ? counters.nextProfile() : null;
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
    String id = counters.next(CrmObject.CONTACT);
    CrmPerson view = personNoise.view(person, employer, title, rng);
    String owner = team.accountOwner(employer.index(), employer.country());
    sinks.crm().record(CrmObject.CONTACT.apiName(),
        personRecords.contact(id, World.accountId(employer.index()), owner, view, rng));
    if (employer.index() == company.index()) {
      staff.contactIds().add(id);
    }
    story.contact = new PendingLead.Conversion(World.accountId(employer.index()), id);
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
      PendingLead.Conversion conversion, String kind, Rng rng) {
    String id = counters.next(CrmObject.LEAD);
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
    story.records.add(new String[] {crmId, object.apiName()});
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
    String profileId = counters.nextProfile();
    sinks.directory().accept(views.person(profileId, namesake, null, rng));
    for (String[] record : story.records) {
      sinks.truth().accept(new Decoy(profileId, record[0], CrmObject.of(record[1]), story.profileId));
    }
  }

  private List<String> opportunities(CompanyPeople staff, Rng rng) {
    Company company = staff.company();
    int count = poisson(plan.opportunitiesPerAccount(), rng);
    List<String> ids = new ArrayList<>(count);
    String owner = team.accountOwner(company.index(), company.country());
    List<String> contactIds = staff.contactIds();
    for (int i = 0; i < count; i++) {
      String id = counters.next(CrmObject.OPPORTUNITY);
      ids.add(id);
      sinks.crm().record(CrmObject.OPPORTUNITY.apiName(),
          accountRecords.opportunity(id, company, staff.accountId(), owner, rng));
      if (contactIds.isEmpty() || !rng.chance(OPPORTUNITY_HAS_ROLES)) {
        continue;
      }
      int roles = Math.min(contactIds.size(), rng.between(1, 2));
      int first = rng.below(contactIds.size());
      for (int r = 0; r < roles; r++) {
        sinks.crm().record(CrmObject.OPPORTUNITY_CONTACT_ROLE.apiName(), accountRecords.contactRole(
            counters.next(CrmObject.OPPORTUNITY_CONTACT_ROLE), id, contactIds.get((first + r) % contactIds.size()),
            r == 0, rng));
      }
    }
    return ids;
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
    String title = people.title(person.function(), rng);
    return title.equals(person.title()) ? "Junior " + title : title;
  }

  private static int stochasticRound(double value, Rng rng) {
    int whole = (int) value;
    return whole + (rng.chance(value - whole) ? 1 : 0);
  }

  /** A Poisson draw (Knuth's method), or its normal approximation for large means. */
  private static int poisson(double mean, Rng rng) {
    if (mean > 30) {
      return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * rng.gaussian()));
    }
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      count++;
    }
    return count;
  }

  /** What is being decided about one person. */
  private static final class PersonStory {
    final Person person;
    final String profileId;
    final List<String[]> records = new ArrayList<>(2);
    String earlierTitle;
    PendingLead.Conversion contact;
    Company contactEmployer;
    String contactTitle;

    PersonStory(Person person, String profileId) {
      this.person = person;
      this.profileId = profileId;
    }
  }

  /** Sequential ids per object and for directory profiles. */
  private static final class Counters {
    private final long[] next = new long[CrmObject.values().length];
    long duplicates;
    private long profiles;

    String next(CrmObject object) {
      return object.id(next[object.ordinal()]++);
    }

    String nextProfile() {
      return "pr" + Text.padded(++profiles, 7);
    }
  }
}
