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
  private final CompanyNoise companyNoise;
  private final DirectoryViews views;
  private final AccountRecords accountRecords;
  private final PersonRecords personRecords;
  private final Sequences sequences = new Sequences();
  private final Staffing staffing;

  OrgBuilder(GeneratorSpec spec, Vocabulary vocabulary, Phones phones, SalesTeam team, Sinks sinks) {
    this.seed = spec.seed();
    this.noise = spec.noise();
    this.plan = Plan.of(spec);
    this.world = new World(seed, plan.companies(), vocabulary, phones);
    this.team = team;
    this.sinks = sinks;
    PersonNoise personNoise = new PersonNoise(noise, Nicknames.bundled(), phones, vocabulary);
    this.companyNoise = new CompanyNoise(noise);
    this.views = new DirectoryViews(world, phones);
    this.accountRecords = new AccountRecords(vocabulary, personNoise, phones);
    this.personRecords = new PersonRecords(vocabulary);
    this.staffing = new Staffing(new Staffing.Tools(noise, plan, world, team, sinks, sequences,
        new People(vocabulary, phones), personNoise, companyNoise, views, personRecords));
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
      staffing.person(staff, rng);
    }
    List<String> opportunityIds = accountId == null ? List.of() : opportunities(staff, rng);
    for (PendingLead lead : staff.leads()) {
      boolean convertedHere = lead.conversion() != null && lead.employer().index() == company.index();
      String opportunityId = convertedHere && !opportunityIds.isEmpty() && rng.chance(CONVERSION_MADE_OPPORTUNITY)
          ? rng.pick(opportunityIds) : null;
      sinks.crm().record(CrmObject.LEAD.apiName(), personRecords.lead(lead.id(), lead.owner(), lead.view(),
          lead.employer(), lead.companyName(),
          lead.conversion() == null ? null : lead.conversion().withOpportunity(opportunityId), rng));
    }
    if (accountId != null) {
      String owner = team.accountOwner(index, company.country());
      for (SalesTeam.TeamMember member : team.teamMembers(company.country(), owner, rng)) {
        sinks.crm().record(CrmObject.ACCOUNT_TEAM_MEMBER.apiName(), accountRecords.teamMember(
            sequences.next(CrmObject.ACCOUNT_TEAM_MEMBER), accountId, member.userId(), member.role(), rng));
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
      String duplicateId = CrmObject.ACCOUNT.id(world.size() + sequences.duplicates++);
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

  private List<String> opportunities(CompanyPeople staff, Rng rng) {
    Company company = staff.company();
    int count = poisson(plan.opportunitiesPerAccount(), rng);
    List<String> ids = new ArrayList<>(count);
    String owner = team.accountOwner(company.index(), company.country());
    List<String> contactIds = staff.contactIds();
    for (int i = 0; i < count; i++) {
      String id = sequences.next(CrmObject.OPPORTUNITY);
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
            sequences.next(CrmObject.OPPORTUNITY_CONTACT_ROLE), id, contactIds.get((first + r) % contactIds.size()),
            r == 0, rng));
      }
    }
    return ids;
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

}
