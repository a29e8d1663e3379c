package dev.crmsync.gateway.sync;

import java.util.List;
import java.util.Optional;

/** The eight objects of the technical guide's appendix, in import order (parents before children). */
final class SyncObjects {
  static final List<SyncObject> ALL = List.of(
      new SyncObject("UserRole", List.of("Name", "ParentRoleId", "LastModifiedDate"), true),
      new SyncObject("User", List.of("UserRoleId", "Email", "LastName", "FirstName", "Name", "CreatedDate",
          "Title", "Phone", "LastModifiedDate", "Department", "ManagerId", "IsActive"), false),
      new SyncObject("Account", List.of("Website", "NumberOfEmployees", "Industry", "Type", "OwnerId",
          "AnnualRevenue", "Name", "CreatedDate", "Sic", "TickerSymbol", "Phone", "ParentId", "Fax",
          "LastModifiedDate", "BillingStreet", "BillingCity", "BillingState", "BillingCountry",
          "BillingPostalCode", "ShippingStreet", "ShippingCity", "ShippingState", "ShippingCountry",
          "ShippingPostalCode", "IsPersonAccount", "PersonContactId"), false),
      new SyncObject("Contact", List.of("OwnerId", "Title", "LastName", "AccountId", "FirstName", "Email", "Name",
          "CreatedDate", "Phone", "Fax", "LastModifiedDate", "Department", "LeadSource", "MailingStreet",
          "MailingCity", "MailingState", "MailingCountry", "MailingPostalCode", "IsPersonAccount"), false),
      new SyncObject("Lead", List.of("Website", "NumberOfEmployees", "Industry", "OwnerId", "Company", "Title",
          "LastName", "AnnualRevenue", "FirstName", "Email", "Name", "ConvertedOpportunityId", "CreatedDate",
          "CurrencyIsoCode", "MobilePhone", "Phone", "Fax", "LastModifiedDate", "LeadSource", "Street", "City",
          "Country", "State", "PostalCode", "ConvertedDate", "ConvertedAccountId", "ConvertedContactId",
          "IsConverted"), false),
      new SyncObject("Opportunity", List.of("AccountId", "Amount", "CloseDate", "CreatedDate", "IsClosed", "IsWon",
          "LastActivityDate", "LastReferencedDate", "LastViewedDate", "LeadSource", "Name", "OwnerId",
          "StageName", "Type", "LastModifiedDate"), false),
      new SyncObject("OpportunityContactRole", List.of("ContactId", "OpportunityId", "IsPrimary", "Role",
          "CreatedDate", "LastModifiedDate"), false),
      // hard deletes of team members never reach the Recycle Bin, so queryAll cannot show them
      new SyncObject("AccountTeamMember", List.of("AccountId", "AccountAccessLevel", "ContactAccessLevel",
          "CreatedDate", "LastModifiedDate", "OpportunityAccessLevel", "UserId", "TeamMemberRole"), true));

  /** The order objects are taken in by the import lanes: the usually largest first, so the lanes end together. */
  static final List<SyncObject> LARGEST_FIRST = List.of("Contact", "Lead", "OpportunityContactRole",
      "Opportunity", "Account", "AccountTeamMember", "User", "UserRole").stream()
      .map(name -> named(name).orElseThrow())
      .toList();

  private SyncObjects() {
  }

  static Optional<SyncObject> named(String name) {
    return ALL.stream().filter(object -> object.name().equals(name)).findFirst();
  }
}
