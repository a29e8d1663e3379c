package dev.crmsync.emulator.generate;

import java.util.List;
import java.util.Map;

/** The rows of accounts and what hangs off them: opportunities, contact roles, account team members. */
final class AccountRecords {
  private static final String[] ACCOUNT_TYPES = {"Customer - Direct", "Customer - Direct", "Customer - Channel",
      "Prospect", "Prospect", "Channel Partner / Reseller", "Technology Partner", "Other"};
  private static final String[] OPEN_STAGES = {"Prospecting", "Qualification", "Needs Analysis",
      "Value Proposition", "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote",
      "Negotiation/Review"};
  private static final String[] OPPORTUNITY_TYPES = {"New Customer", "Existing Customer - Upgrade",
      "Existing Customer - Replacement", "Existing Customer - Downgrade"};
  private static final String[] CONTACT_ROLES = {"Decision Maker", "Economic Buyer", "Economic Decision Maker",
      "Evaluator", "Executive Sponsor", "Influencer", "Technical Buyer", "Business User", "Other"};
  private static final int DAY = 86_400;

  private final PersonNoise personNoise;
  private final Phones phones;
  private final List<String> products;
  private final List<String> leadSources;

  AccountRecords(Vocabulary vocabulary, PersonNoise personNoise, Phones phones) {
    this.personNoise = personNoise;
    this.phones = phones;
    this.products = vocabulary.section("opportunity.product");
    this.leadSources = vocabulary.section("lead.source");
  }

  Map<String, String> account(Company company, String id, String name, String website, String owner,
      String parentId, Rng rng, List<String> tags) {
    String country = personNoise.country(company.country(), rng, tags);
    String state = company.city().stateCode();
    boolean shipsToBilling = rng.chance(0.5);
    Map<String, String> row = Rows.of(CrmObject.ACCOUNT, "Id", id, "Name", name, "Website", website,
        "NumberOfEmployees", rng.chance(0.85) ? Integer.toString(company.employees()) : null,
        "Industry", rng.chance(0.9) ? company.word().crmIndustry() : null,
        "Type", ACCOUNT_TYPES[rng.below(ACCOUNT_TYPES.length)], "OwnerId", owner,
        "AnnualRevenue", rng.chance(0.6) ? Long.toString(company.annualRevenue()) : null,
        "Sic", rng.chance(0.3) ? Integer.toString(rng.between(1000, 9999)) : null,
        "TickerSymbol", company.employees() > 20_000 ? tickerOf(company) : null,
        "Phone", phones.typed(company.country(), company.phone(), rng),
        "Fax", rng.chance(0.1) ? phones.typed(company.country(), phones.landline(company.city(), rng), rng) : null,
        "ParentId", parentId,
        "BillingStreet", company.street(), "BillingCity", company.city().name(), "BillingState", state,
        "BillingCountry", country, "BillingPostalCode", company.postalCode(),
        "ShippingStreet", shipsToBilling ? company.street() : null,
        "ShippingCity", shipsToBilling ? company.city().name() : null,
        "ShippingState", shipsToBilling ? state : null, "ShippingCountry", shipsToBilling ? country : null,
        "ShippingPostalCode", shipsToBilling ? company.postalCode() : null);
    return Rows.stamped(row, Timestamps.created(rng), rng);
  }

  /** An opportunity on the account, open or closed (won or lost) by its close date. */
  Map<String, String> opportunity(String id, Company company, String accountId, String owner, Rng rng) {
    long created = Timestamps.created(rng);
    long close = created + (long) rng.between(14, 240) * DAY;
    boolean closed = close < Timestamps.NOW && rng.chance(0.9);
    boolean won = closed && rng.chance(0.35);
    String stage = closed ? (won ? "Closed Won" : "Closed Lost") : OPEN_STAGES[rng.below(OPEN_STAGES.length)];
    long amount = Math.round(Math.exp(8 + rng.nextDouble() * 5) / 100) * 100;
    long lastActivity = Math.min(Timestamps.NOW, created + (long) rng.between(0, 200) * DAY);
    Map<String, String> row = Rows.of(CrmObject.OPPORTUNITY, "Id", id, "AccountId", accountId, "OwnerId", owner,
        "Name", company.baseName() + " - " + rng.pick(products), "Amount", Long.toString(amount),
        "CloseDate", Timestamps.dateOf(close), "StageName", stage,
        "Type", OPPORTUNITY_TYPES[rng.below(OPPORTUNITY_TYPES.length)],
        "LeadSource", rng.chance(0.7) ? rng.pick(leadSources) : null,
        "IsClosed", Boolean.toString(closed), "IsWon", Boolean.toString(won),
        "LastActivityDate", rng.chance(0.8) ? Timestamps.dateOf(lastActivity) : null,
        "LastReferencedDate", rng.chance(0.5) ? Timestamps.dateTime(lastActivity) : null,
        "LastViewedDate", rng.chance(0.5) ? Timestamps.dateTime(lastActivity) : null);
    return Rows.stamped(row, created, rng);
  }

  Map<String, String> contactRole(String id, String opportunityId, String contactId, boolean primary, Rng rng) {
    return Rows.stamped(Rows.of(CrmObject.OPPORTUNITY_CONTACT_ROLE, "Id", id, "OpportunityId", opportunityId,
        "ContactId", contactId, "Role", rng.chance(0.9) ? CONTACT_ROLES[rng.below(CONTACT_ROLES.length)] : null,
        "IsPrimary", Boolean.toString(primary)), Timestamps.created(rng), rng);
  }

  Map<String, String> teamMember(String id, String accountId, String userId, String role, Rng rng) {
    boolean edits = rng.chance(0.6);
    return Rows.stamped(Rows.of(CrmObject.ACCOUNT_TEAM_MEMBER, "Id", id, "AccountId", accountId, "UserId", userId,
        "TeamMemberRole", role, "AccountAccessLevel", edits ? "Edit" : "Read",
        "ContactAccessLevel", edits ? "Edit" : "Read", "OpportunityAccessLevel", rng.chance(0.8) ? (edits ? "Edit" : "Read") : "None"),
        Timestamps.created(rng), rng);
  }

  private static String tickerOf(Company company) {
    String letters = Text.slug(company.baseName()).replaceAll("[0-9]", "").toUpperCase();
    return letters.substring(0, Math.min(4, letters.length()));
  }
}
