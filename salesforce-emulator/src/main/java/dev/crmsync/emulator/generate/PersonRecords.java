package dev.crmsync.emulator.generate;

import java.util.List;
import java.util.Map;

/** The rows of Contacts and Leads from what the CRM knows of a person. */
final class PersonRecords {
  private static final String[] OPEN_STATUSES = {"Open - Not Contacted", "Working - Contacted",
      "Working - Contacted", "Nurturing", "Closed - Not Converted"};
  private static final int DAY = 86_400;

  private final List<String> leadSources;

  PersonRecords(Vocabulary vocabulary) {
    this.leadSources = vocabulary.section("lead.source");
  }

  /** How a lead was converted: the records it became; the opportunity may be null. */
  record Conversion(String accountId, String contactId, String opportunityId) {
    Conversion withOpportunity(String id) {
      return new Conversion(accountId, contactId, id);
    }
  }

  Map<String, String> contact(String id, String accountId, String owner, CrmPerson person, Rng rng) {
    Map<String, String> row = Rows.of(CrmObject.CONTACT, "Id", id, "AccountId", accountId, "OwnerId", owner,
        "FirstName", person.firstName(), "LastName", person.lastName(), "Name", fullName(person),
        "Title", person.title(), "Department", rng.chance(0.5) ? person.department() : null,
        "Email", person.email(), "Phone", person.phone(), "MobilePhone", person.mobile(),
        "LeadSource", rng.chance(0.6) ? rng.pick(leadSources) : null,
        "MailingStreet", person.street(), "MailingCity", person.city(), "MailingState", person.state(),
        "MailingCountry", person.country(), "MailingPostalCode", person.postalCode(),
        "LID__No_longer_at_Company__c", "false", "IsPersonAccount", "false");
    return Rows.stamped(row, Timestamps.created(rng), rng);
  }

  /**
   * A lead of a person working at {@code company}, whose name the CRM spells {@code companyName}; converted
   * when {@code conversion} is not null.
   */
  Map<String, String> lead(String id, String owner, CrmPerson person, Company company, String companyName,
      Conversion conversion, Rng rng) {
    long created = Timestamps.created(rng);
    boolean converted = conversion != null;
    Map<String, String> row = Rows.of(CrmObject.LEAD, "Id", id, "OwnerId", owner,
        "FirstName", person.firstName(), "LastName", person.lastName(), "Name", fullName(person),
        "Title", person.title(), "Company", companyName,
        "Website", rng.chance(0.4) ? company.domain() : null,
        "NumberOfEmployees", rng.chance(0.3) ? Integer.toString(company.employees()) : null,
        "Industry", rng.chance(0.5) ? company.word().crmIndustry() : null,
        "AnnualRevenue", rng.chance(0.2) ? Long.toString(company.annualRevenue()) : null,
        "Email", person.email(), "Phone", person.phone(), "MobilePhone", person.mobile(),
        "LeadSource", rng.pick(leadSources),
        "Status", converted ? "Closed - Converted" : OPEN_STATUSES[rng.below(OPEN_STATUSES.length)],
        "Street", person.street(), "City", person.city(), "State", person.state(), "Country", person.country(),
        "PostalCode", person.postalCode(), "CurrencyIsoCode", company.country().currency(),
        "IsConverted", Boolean.toString(converted),
        "ConvertedDate", converted
            ? Timestamps.dateOf(Math.min(Timestamps.NOW, created + (long) rng.between(1, 120) * DAY)) : null,
        "ConvertedAccountId", converted ? conversion.accountId() : null,
        "ConvertedContactId", converted ? conversion.contactId() : null,
        "ConvertedOpportunityId", converted ? conversion.opportunityId() : null);
    return Rows.stamped(row, created, rng);
  }

  /** Salesforce's read-only Name: first and last name, or the last name alone. */
  private static String fullName(CrmPerson person) {
    return person.firstName() == null ? person.lastName() : person.firstName() + " " + person.lastName();
  }
}
