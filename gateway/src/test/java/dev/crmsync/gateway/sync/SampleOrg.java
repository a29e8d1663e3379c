package dev.crmsync.gateway.sync;

import dev.crmsync.emulator.org.Org;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small generated org of the eight objects, with values that trip naive CSV handling (commas, quotes, line
 * breaks in addresses). Seeded, so every test sees the same org.
 */
final class SampleOrg {
  static final String SEAT_USERNAME = "seat@acme.test";

  private SampleOrg() {
  }

  /** Fills the org; {@code accounts} scales everything else. Returns the seat holder's user id. */
  static String fill(Org org, int accounts, long seed) {
    Random random = new Random(seed);
    List<String> roles = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      roles.add(org.insert("UserRole", Map.of("Name", "Role " + i, "DeveloperName", "Role_" + i)));
    }
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      users.add(org.insert("User", Map.of("Username", "user" + i + "@acme.test", "LastName", "User " + i,
          "FirstName", "Ann", "Email", "user" + i + "@acme.test", "IsActive", "true",
          "UserRoleId", roles.get(i % roles.size()))));
    }
    String seat = org.insert("User", Map.of("Username", SEAT_USERNAME, "LastName", "Holder", "FirstName", "Seat",
        "Email", SEAT_USERNAME, "IsActive", "true"));
    for (int a = 0; a < accounts; a++) {
      String owner = users.get(random.nextInt(users.size()));
      String account = org.insert("Account", Map.of("Name", "Acme, \"" + a + "\" Ltd", "OwnerId", owner,
          "BillingStreet", a + " Main Street\nSuite " + random.nextInt(100), "BillingCity", "Berlin",
          "Website", "https://acme" + a + ".example"));
      List<String> contacts = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        contacts.add(org.insert("Contact", Map.of("AccountId", account, "OwnerId", owner, "LastName", "Doe " + c,
            "FirstName", "Jo", "Email", "jo" + a + "." + c + "@acme" + a + ".example", "Title", "Buyer")));
      }
      org.insert("Lead", leadFields(a, owner));
      org.insert("Lead", leadFields(accounts + a, owner));
      String opportunity = org.insert("Opportunity", Map.of("AccountId", account, "OwnerId", owner,
          "Name", "Deal " + a, "StageName", "Prospecting", "CloseDate", "2026-12-31", "Amount", "1000"));
      org.insert("OpportunityContactRole", Map.of("OpportunityId", opportunity, "ContactId", contacts.get(0),
          "Role", "Decision Maker", "IsPrimary", "true"));
      org.insert("AccountTeamMember", Map.of("AccountId", account, "UserId", users.get(a % users.size()),
          "TeamMemberRole", "Sales Rep", "AccountAccessLevel", "Edit"));
    }
    return seat;
  }

  private static Map<String, String> leadFields(int n, String owner) {
    Map<String, String> fields = new HashMap<>();
    fields.put("LastName", "Lead " + n);
    fields.put("Company", "Prospect " + n);
    fields.put("OwnerId", owner);
    fields.put("Email", "lead" + n + "@prospect.example");
    fields.put("Street", "Line one, \"quoted\"\nline two");
    return fields;
  }
}
