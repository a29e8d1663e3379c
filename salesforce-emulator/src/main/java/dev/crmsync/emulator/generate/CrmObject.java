package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.SalesforceIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Salesforce objects of a CRM export folder (data-formats.md §1): API name, id key prefix
 * (salesforce-api.md §4.1) and the fields the generator writes, which are those of the technical guide's
 * appendix plus {@code SystemModstamp} and the few fields a real org requires (Lead {@code Status},
 * User {@code Username}).
 */
public enum CrmObject {
  USER_ROLE("UserRole", "00E",
      "Id", "Name", "ParentRoleId", "LastModifiedDate", "SystemModstamp"),
  USER("User", "005",
      "Id", "Username", "FirstName", "LastName", "Name", "Email", "Title", "Phone", "Department", "UserRoleId",
      "ManagerId", "IsActive", "CreatedDate", "LastModifiedDate", "SystemModstamp"),
  ACCOUNT("Account", "001",
      "Id", "Name", "Website", "NumberOfEmployees", "Industry", "Type", "OwnerId", "AnnualRevenue", "Sic",
      "TickerSymbol", "Phone", "Fax", "ParentId", "BillingStreet", "BillingCity", "BillingState",
      "BillingCountry", "BillingPostalCode", "ShippingStreet", "ShippingCity", "ShippingState", "ShippingCountry",
      "ShippingPostalCode", "IsDeleted", "CreatedDate", "LastModifiedDate", "SystemModstamp"),
  CONTACT("Contact", "003",
      "Id", "AccountId", "OwnerId", "FirstName", "LastName", "Name", "Title", "Department", "Email", "Phone",
      "MobilePhone", "Fax", "LeadSource", "MailingStreet", "MailingCity", "MailingState", "MailingCountry",
      "MailingPostalCode", "LID__No_longer_at_Company__c", "IsPersonAccount", "IsDeleted", "CreatedDate",
      "LastModifiedDate", "SystemModstamp"),
  LEAD("Lead", "00Q",
      "Id", "OwnerId", "FirstName", "LastName", "Name", "Title", "Company", "Website", "NumberOfEmployees",
      "Industry", "AnnualRevenue", "Email", "Phone", "MobilePhone", "Fax", "LeadSource", "Status", "Street",
      "City", "State", "Country", "PostalCode", "CurrencyIsoCode", "IsConverted", "ConvertedDate",
      "ConvertedAccountId", "ConvertedContactId", "ConvertedOpportunityId", "IsDeleted", "CreatedDate",
      "LastModifiedDate", "SystemModstamp"),
  OPPORTUNITY("Opportunity", "006",
      "Id", "AccountId", "OwnerId", "Name", "Amount", "CloseDate", "StageName", "Type", "LeadSource", "IsClosed",
      "IsWon", "LastActivityDate", "LastReferencedDate", "LastViewedDate", "IsDeleted", "CreatedDate",
      "LastModifiedDate", "SystemModstamp"),
  OPPORTUNITY_CONTACT_ROLE("OpportunityContactRole", "00K",
      "Id", "OpportunityId", "ContactId", "Role", "IsPrimary", "IsDeleted", "CreatedDate", "LastModifiedDate",
      "SystemModstamp"),
  ACCOUNT_TEAM_MEMBER("AccountTeamMember", "01M",
      "Id", "AccountId", "UserId", "TeamMemberRole", "AccountAccessLevel", "ContactAccessLevel",
      "OpportunityAccessLevel", "IsDeleted", "CreatedDate", "LastModifiedDate", "SystemModstamp");

  /** Where generated sequences start, so that ids look like those of an org that has been in use for years. */
  private static final long FIRST_SEQUENCE = 38_000_000_000L;

  private final String apiName;
  private final String keyPrefix;
  private final List<String> fields;
  private final Map<String, Integer> columns = new HashMap<>();

  CrmObject(String apiName, String keyPrefix, String... fields) {
    this.apiName = apiName;
    this.keyPrefix = keyPrefix;
    this.fields = List.of(fields);
    for (int i = 0; i < fields.length; i++) {
      columns.put(fields[i], i);
    }
  }

  /** The object's API name, also the name of its CSV file without {@code .csv}. */
  public String apiName() {
    return apiName;
  }

  /** The first 3 characters of every id of this object. */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** The 18-character id of this object's record number {@code sequence}: distinct numbers give distinct ids. */
  public String id(long sequence) {
    return SalesforceIds.mint(keyPrefix, FIRST_SEQUENCE + sequence);
  }

  /** The fields written, in CSV column order; {@code Id} first. */
  public List<String> fields() {
    return fields;
  }

  /** The position of {@code field} in {@link #fields()}, or -1 when the object has no such field. */
  int column(Object field) {
    Integer column = columns.get(field);
    return column == null ? -1 : column;
  }

  /** The object whose API name is {@code apiName}. */
  public static CrmObject of(String apiName) {
    for (CrmObject object : values()) {
      if (object.apiName.equals(apiName)) {
        return object;
      }
    }
    throw new IllegalArgumentException("apiName must name a generated object, got " + apiName);
  }
}
