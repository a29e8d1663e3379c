package dev.crmsync.emulator.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects the emulator knows, with the fields of the technical guide's appendix and the reference (§4). A
 * field is written {@code Name|type[|flag...]}: flags are {@code ro} (read-only), {@code co} (create-only),
 * {@code req} (required on create), {@code ref=A/B} (reference targets), {@code default=V}.
 */
final class StandardObjects {
  private static final String[] SYSTEM = {
      "Id|id|ro", "IsDeleted|boolean|ro", "CreatedDate|datetime|ro", "CreatedById|reference|ro|ref=User",
      "LastModifiedDate|datetime|ro", "LastModifiedById|reference|ro|ref=User", "SystemModstamp|datetime|ro"};
  private static final String OWNER = "OwnerId|reference|ref=User";
  private static final String CURRENCY = "CurrencyIsoCode|picklist|default=USD";

  private StandardObjects() {
  }

  /** A fresh set of schemas for one org (fields may be added per org, so orgs never share them). */
  static Map<String, ObjectSchema> create(boolean personAccounts) {
    Map<String, ObjectSchema> all = new LinkedHashMap<>();
    add(all, "Lead", "00Q", false, Map.of("Address", List.of("Street", "City", "State", "PostalCode", "Country")),
        "FirstName|string", "LastName|string|req", "Name|string|ro", "Company|string|req", "Title|string",
        "Email|email", "Phone|phone", "MobilePhone|phone", "Fax|phone", "Website|url", "Street|textarea",
        "City|string", "State|string", "PostalCode|string", "Country|string", "Address|address|ro",
        "Industry|picklist", "LeadSource|picklist", "Status|picklist|default=Open - Not Contacted",
        "NumberOfEmployees|int", "AnnualRevenue|currency", CURRENCY, OWNER, "IsConverted|boolean|ro",
        "ConvertedDate|date|ro", "ConvertedAccountId|reference|ro|ref=Account",
        "ConvertedContactId|reference|ro|ref=Contact", "ConvertedOpportunityId|reference|ro|ref=Opportunity");
    List<String> contact = new ArrayList<>(List.of(
        "AccountId|reference|ref=Account", "FirstName|string", "LastName|string|req", "Name|string|ro",
        "Title|string", "Email|email", "Phone|phone", "MobilePhone|phone", "Fax|phone", "Department|string",
        "LeadSource|picklist", "MailingStreet|textarea", "MailingCity|string", "MailingState|string",
        "MailingPostalCode|string", "MailingCountry|string", "MailingAddress|address|ro", CURRENCY, OWNER));
    List<String> account = new ArrayList<>(List.of(
        "Name|string|req", "Type|picklist", "Industry|picklist", "Website|url", "Phone|phone", "Fax|phone",
        "NumberOfEmployees|int", "AnnualRevenue|currency", "Sic|string", "TickerSymbol|string",
        "ParentId|reference|ref=Account", "BillingStreet|textarea", "BillingCity|string", "BillingState|string",
        "BillingPostalCode|string", "BillingCountry|string", "BillingAddress|address|ro",
        "ShippingStreet|textarea", "ShippingCity|string", "ShippingState|string", "ShippingPostalCode|string",
        "ShippingCountry|string", "ShippingAddress|address|ro", "RecordTypeId|reference|ref=RecordType",
        CURRENCY, OWNER));
    Map<String, List<String>> accountCompounds = new LinkedHashMap<>(Map.of(
        "BillingAddress", address("Billing"), "ShippingAddress", address("Shipping")));
    if (personAccounts) {
      contact.add("IsPersonAccount|boolean|ro");
      account.addAll(List.of("IsPersonAccount|boolean|ro", "PersonContactId|reference|ro|ref=Contact",
          "FirstName|string", "LastName|string", "Salutation|picklist", "PersonEmail|email", "PersonTitle|string",
          "PersonMobilePhone|phone", "PersonMailingStreet|textarea", "PersonMailingCity|string",
          "PersonMailingState|string", "PersonMailingPostalCode|string", "PersonMailingCountry|string",
          "PersonMailingAddress|address|ro"));
      accountCompounds.put("PersonMailingAddress", address("PersonMailing"));
    }
    add(all, "Contact", "003", false, Map.of("MailingAddress", address("Mailing")), contact.toArray(String[]::new));
    add(all, "Account", "001", false, accountCompounds, account.toArray(String[]::new));
    add(all, "Opportunity", "006", false, Map.of(),
        "AccountId|reference|ref=Account", "Name|string|req", "Amount|currency", "CloseDate|date|req",
        "StageName|picklist|req", "Type|picklist", "LeadSource|picklist", "Probability|double",
        "IsClosed|boolean|ro", "IsWon|boolean|ro", "LastActivityDate|date|ro", "LastReferencedDate|datetime|ro",
        "LastViewedDate|datetime|ro", CURRENCY, OWNER);
    add(all, "OpportunityContactRole", "00K", false, Map.of(),
        "ContactId|reference|req|ref=Contact", "OpportunityId|reference|req|co|ref=Opportunity", "Role|picklist",
        "IsPrimary|boolean|default=false");
    add(all, "User", "005", false, Map.of(),
        "Username|string|req", "FirstName|string", "LastName|string|req", "Name|string|ro", "Email|email|req",
        "Title|string", "Phone|phone", "Department|string", "UserRoleId|reference|ref=UserRole",
        "ManagerId|reference|ref=User", "IsActive|boolean|default=true");
    add(all, "UserRole", "00E", false, Map.of(),
        "Name|string|req", "DeveloperName|string", "ParentRoleId|reference|ref=UserRole");
    add(all, "AccountTeamMember", "01M", true, Map.of(),
        "AccountId|reference|req|co|ref=Account", "UserId|reference|req|co|ref=User", "TeamMemberRole|picklist",
        "AccountAccessLevel|picklist|default=Read", "ContactAccessLevel|picklist|default=Read",
        "OpportunityAccessLevel|picklist|default=Read");
    add(all, "Task", "00T", false, Map.of(),
        "WhoId|reference|ref=Lead/Contact", "WhatId|reference|ref=Account/Opportunity",
        "AccountId|reference|ro|ref=Account", "RecordTypeId|reference|ref=RecordType", "Subject|string",
        "ActivityDate|date", "Status|picklist|default=Not Started", "Priority|picklist|default=Normal",
        "Description|textarea", "TaskSubtype|picklist|co", "Type|picklist", "IsClosed|boolean|ro",
        "CallType|picklist", "CallDurationInSeconds|int", "CallDisposition|string", OWNER);
    add(all, "Note", "002", false, Map.of(),
        "ParentId|reference|req|co|ref=Account/Contact/Lead/Opportunity", "Title|string|req", "Body|textarea",
        "IsPrivate|boolean|default=false", OWNER);
    add(all, "RecordType", "012", false, Map.of(),
        "Name|string|req", "DeveloperName|string|req", "SobjectType|picklist|req", "IsActive|boolean|default=true",
        "Description|string", "NamespacePrefix|string", "BusinessProcessId|string", "IsPersonType|boolean|ro");
    return all;
  }

  private static List<String> address(String prefix) {
    return List.of(prefix + "Street", prefix + "City", prefix + "State", prefix + "PostalCode",
        prefix + "Country");
  }

  private static void add(Map<String, ObjectSchema> all, String name, String prefix, boolean hardDeletes,
                          Map<String, List<String>> compounds, String... specs) {
    List<Field> fields = new ArrayList<>();
    for (String spec : SYSTEM) {
      fields.add(parse(spec));
    }
    Arrays.stream(specs).map(StandardObjects::parse).forEach(fields::add);
    all.put(name, new ObjectSchema(name, prefix, hardDeletes, fields, compounds));
  }

  static Field parse(String spec) {
    String[] parts = spec.split("\\|");
    FieldType type = FieldType.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
    Field.Access access = Field.Access.WRITABLE;
    boolean required = false;
    List<String> referenceTo = List.of();
    String defaultValue = null;
    for (int i = 2; i < parts.length; i++) {
      String flag = parts[i];
      if (flag.equals("ro")) {
        access = Field.Access.READ_ONLY;
      } else if (flag.equals("co")) {
        access = Field.Access.CREATE_ONLY;
      } else if (flag.equals("req")) {
        required = true;
      } else if (flag.startsWith("ref=")) {
        referenceTo = List.of(flag.substring(4).split("/"));
      } else if (flag.startsWith("default=")) {
        defaultValue = flag.substring(8);
      } else {
        throw new IllegalArgumentException("unknown flag " + flag + " in field spec " + spec);
      }
    }
    return new Field(parts[0], type, referenceTo, access, required, defaultValue);
  }
}
