package dev.crmsync.match.io;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import java.util.Map;

/**
 * Entries from CRM records given as API field name to value (a CSV row, or {@code crm_record.fields}). A Contact
 * takes its employer's name and website from its Account; an Account with {@code IsPersonAccount} is a person.
 */
public final class CrmFields {
  private CrmFields() {
  }

  /**
   * The entry of a record of {@code sobject} (Lead, Contact or Account), or null for other objects and deleted
   * records; {@code accounts} gives the fields of an Account by 18-character id, for Contacts.
   */
  public static Entry entry(String sobject, Map<String, String> fields, Map<String, Map<String, String>> accounts) {
    if ("true".equalsIgnoreCase(fields.get("IsDeleted")) || fields.get("Id") == null) {
      return null;
    }
    String id = SalesforceIds.to18(fields.get("Id"));
    return switch (sobject) {
      case "Lead" -> lead(id, fields);
      case "Contact" -> contact(id, fields, accounts);
      case "Account" -> "true".equalsIgnoreCase(fields.get("IsPersonAccount")) ? personAccount(id, fields)
          : account(id, fields);
      default -> null;
    };
  }

  private static Entry lead(String id, Map<String, String> f) {
    return new EntryBuilder(id, Source.LEAD).name(f.get("FirstName"), f.get("LastName")).title(f.get("Title"))
        .email(f.get("Email")).phone(f.get("Phone")).phone(f.get("MobilePhone"))
        .company(f.get("Company")).website(f.get("Website"))
        .address(f.get("Street"), f.get("City"), f.get("State"), f.get("PostalCode"), f.get("Country"))
        .build();
  }

  private static Entry contact(String id, Map<String, String> f, Map<String, Map<String, String>> accounts) {
    String accountId = f.get("AccountId");
    Map<String, String> account = accountId == null || accountId.isBlank() ? Map.of()
        : accounts.getOrDefault(SalesforceIds.to18(accountId), Map.of());
    return new EntryBuilder(id, Source.CONTACT).name(f.get("FirstName"), f.get("LastName")).title(f.get("Title"))
        .email(f.get("Email")).phone(f.get("Phone")).phone(f.get("MobilePhone"))
        .company(account.get("Name")).website(account.get("Website"))
        .address(f.get("MailingStreet"), f.get("MailingCity"), f.get("MailingState"), f.get("MailingPostalCode"),
            f.get("MailingCountry"))
        .build();
  }

  private static Entry personAccount(String id, Map<String, String> f) {
    return new EntryBuilder(id, Source.PERSON_ACCOUNT).name(f.get("FirstName"), f.get("LastName"))
        .title(f.get("PersonTitle")).email(f.get("PersonEmail")).phone(f.get("Phone"))
        .phone(f.get("PersonMobilePhone"))
        .address(first(f.get("PersonMailingStreet"), f.get("BillingStreet")),
            first(f.get("PersonMailingCity"), f.get("BillingCity")),
            first(f.get("PersonMailingState"), f.get("BillingState")),
            first(f.get("PersonMailingPostalCode"), f.get("BillingPostalCode")),
            first(f.get("PersonMailingCountry"), f.get("BillingCountry")))
        .build();
  }

  private static Entry account(String id, Map<String, String> f) {
    return new EntryBuilder(id, Source.ACCOUNT).company(f.get("Name")).website(f.get("Website"))
        .phone(f.get("Phone"))
        .address(first(f.get("BillingStreet"), f.get("ShippingStreet")),
            first(f.get("BillingCity"), f.get("ShippingCity")), first(f.get("BillingState"), f.get("ShippingState")),
            first(f.get("BillingPostalCode"), f.get("ShippingPostalCode")),
            first(f.get("BillingCountry"), f.get("ShippingCountry")))
        .build();
  }

  private static String first(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
