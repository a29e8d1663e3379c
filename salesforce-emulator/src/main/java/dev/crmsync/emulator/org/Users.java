package dev.crmsync.emulator.org;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The org's users as the login and identity services see them. */
public final class Users {
  /** The username of the integration user every org gets when it has none: View All, used for syncs. */
  public static final String INTEGRATION_USERNAME = "integration@crmsync.dev";

  private Users() {
  }

  /**
   * A user of the org.
   *
   * @param id the 18-character User id
   * @param username the login name
   * @param firstName given name, or null
   * @param lastName family name
   * @param email e-mail
   * @param active whether the user may log in
   */
  public record User(String id, String username, String firstName, String lastName, String email, boolean active) {
    public String name() {
      return firstName == null ? lastName : firstName + " " + lastName;
    }
  }

  public static Optional<User> byUsername(Org org, String username) {
    if (username == null) {
      return Optional.empty();
    }
    return org.read(() -> {
      Table users = org.table("User").orElseThrow();
      int column = users.schema().column("Username");
      String[][] found = new String[1][];
      users.forEach(row -> {
        if (found[0] == null && username.equalsIgnoreCase(row[column])) {
          found[0] = row;
        }
      });
      return Optional.ofNullable(found[0]).map(row -> user(users.schema(), row));
    });
  }

  public static Optional<User> byId(Org org, String id) {
    return org.read(() -> {
      String[] row = org.find(id);
      return row == null || !SalesforceIds.canonical(id).orElse("").startsWith("005")
          ? Optional.<User>empty() : Optional.of(user(org.table("User").orElseThrow().schema(), row));
    });
  }

  /** The caller a user's requests run as. */
  public static Caller caller(Org org, User user) {
    return new Caller(user.id(), org.settings().viewAllUsernames().contains(user.username().toLowerCase(Locale.ROOT)));
  }

  /** Makes sure the integration user exists, so that a fresh or loaded org can always be logged into. */
  public static User ensureIntegrationUser(Org org) {
    return byUsername(org, INTEGRATION_USERNAME).orElseGet(() -> {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("Username", INTEGRATION_USERNAME);
      fields.put("FirstName", "Integration");
      fields.put("LastName", "User");
      fields.put("Email", INTEGRATION_USERNAME);
      fields.put("IsActive", "true");
      org.sink().record("User", fields);
      return byUsername(org, INTEGRATION_USERNAME).orElseThrow();
    });
  }

  private static User user(ObjectSchema schema, String[] row) {
    String username = Table.value(row, schema.column("Username"));
    String email = Table.value(row, schema.column("Email"));
    return new User(row[schema.column("Id")], username != null ? username : email,
        Table.value(row, schema.column("FirstName")), Table.value(row, schema.column("LastName")), email,
        !"false".equals(Table.value(row, schema.column("IsActive"))));
  }
}
