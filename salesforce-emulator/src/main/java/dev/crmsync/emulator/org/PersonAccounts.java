package dev.crmsync.emulator.org;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Person Accounts: an Account created with a LastName (in an org that has them) is a person account, and gets a
 * mirror Contact whose id is in PersonContactId.
 */
final class PersonAccounts {
  private static final Map<String, String> CONTACT_FIELDS = Map.of(
      "FirstName", "FirstName", "LastName", "LastName", "PersonEmail", "Email", "PersonTitle", "Title",
      "PersonMobilePhone", "MobilePhone", "PersonMailingStreet", "MailingStreet",
      "PersonMailingCity", "MailingCity", "PersonMailingState", "MailingState",
      "PersonMailingPostalCode", "MailingPostalCode", "PersonMailingCountry", "MailingCountry");

  /** A new row of a person account and its table, handed to the stamping of the caller. */
  record NewRow(ObjectSchema schema, String[] row) {
  }

  private PersonAccounts() {
  }

  static boolean isPersonAccount(Org org, ObjectSchema schema, String[] row) {
    return org.personAccounts() && schema.name().equals("Account")
        && Table.value(row, schema.column("LastName")) != null;
  }

  static void createPersonContact(Org org, Table accounts, String[] account, Consumer<NewRow> stamp) {
    ObjectSchema accountSchema = accounts.schema();
    Table contacts = org.table("Contact").orElseThrow();
    ObjectSchema contactSchema = contacts.schema();
    String[] contact = contacts.newRow();
    CONTACT_FIELDS.forEach((from, to) ->
        contact[contactSchema.column(to)] = Table.value(account, accountSchema.column(from)));
    String accountId = account[accountSchema.column("Id")];
    contact[contactSchema.column("Id")] = contacts.mintId();
    contact[contactSchema.column("AccountId")] = accountId;
    contact[contactSchema.column("OwnerId")] = account[accountSchema.column("OwnerId")];
    contact[contactSchema.column("IsPersonAccount")] = "true";
    contact[contactSchema.column("IsDeleted")] = "false";
    Names.fill(contactSchema, contact);
    stamp.accept(new NewRow(contactSchema, contact));
    contacts.put(contact);
    String[] linked = account.clone();
    linked[accountSchema.column("IsPersonAccount")] = "true";
    linked[accountSchema.column("PersonContactId")] = contact[contactSchema.column("Id")];
    accounts.put(linked);
  }
}
