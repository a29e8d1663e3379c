package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.SalesforceIds;
import dev.crmsync.emulator.org.RecordSink;
import dev.crmsync.emulator.org.Users;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creates the org's roles and users and writes their UserRole and User records as it goes. */
final class Hiring {
  private static final String DOMAIN = "@crmsync-demo.example";
  private static final String[] CULTURES = {"en", "en", "en", "de", "fr", "in", "es", "pt", "zh"};
  private static final double INACTIVE = 0.05;

  private final Vocabulary vocabulary;
  private final Rng rng;
  private final RecordSink sink;
  private final Phones phones;
  private final Map<String, String> roleIds = new HashMap<>();
  private final Set<String> usernames = new HashSet<>();
  private long roleCounter;
  private long userCounter;

  Hiring(Vocabulary vocabulary, Rng rng, RecordSink sink, Phones phones) {
    this.vocabulary = vocabulary;
    this.rng = rng;
    this.sink = sink;
    this.phones = phones;
  }

  /** A new role under the role named {@code parent} (null for the top); returns its id. */
  String role(String name, String parent) {
    String id = CrmObject.USER_ROLE.id(roleCounter++);
    roleIds.put(name, id);
    long modified = Timestamps.created(rng);
    sink.record(CrmObject.USER_ROLE.apiName(), Rows.of(CrmObject.USER_ROLE, "Id", id, "Name", name,
        "ParentRoleId", parent == null ? null : roleId(parent), "LastModifiedDate", Timestamps.dateTime(modified),
        "SystemModstamp", Timestamps.dateTime(modified)));
    return id;
  }

  String roleId(String name) {
    String id = roleIds.get(name);
    if (id == null) {
      throw new IllegalStateException("role " + name + " does not exist yet");
    }
    return id;
  }

  /** A new user in role {@code roleId} reporting to {@code managerId}; returns their id. */
  String hire(String roleId, String title, String department, String managerId) {
    String culture = CULTURES[rng.below(CULTURES.length)];
    String first = rng.pick(vocabulary.section("given." + culture));
    String last = rng.pick(vocabulary.section("family." + culture));
    return write(new Hire(first, last, username(Text.slug(first) + "." + Text.slug(last))), roleId, title,
        department, managerId, !rng.chance(INACTIVE));
  }

  /**
   * The user the product connects as, under the username the emulator grants View All to, so that it sees
   * every record as a real integration user does.
   */
  String hireIntegrationUser(String roleId, String managerId) {
    usernames.add(Users.INTEGRATION_USERNAME);
    return write(new Hire("Integration", "User", Users.INTEGRATION_USERNAME), roleId, "Integration User", "IT",
        managerId, true);
  }

  /** Who is hired: the username is also their e-mail address. */
  private record Hire(String first, String last, String username) {
  }

  private String write(Hire hire, String roleId, String title, String department, String managerId,
      boolean active) {
    String first = hire.first();
    String last = hire.last();
    String username = hire.username();
    String id = CrmObject.USER.id(userCounter++);
    long created = Timestamps.created(rng);
    long modified = Timestamps.modified(created, rng);
    City city = rng.pick(vocabulary.cities(Country.US));
    sink.record(CrmObject.USER.apiName(), Rows.of(CrmObject.USER, "Id", id, "Username", username, "FirstName", first,
        "LastName", last, "Name", first + " " + last, "Email", username, "Title", title,
        "Phone", phones.e164(Country.US, phones.landline(city, rng)), "Department", department,
        "UserRoleId", roleId, "ManagerId", managerId, "IsActive", Boolean.toString(active),
        "CreatedDate", Timestamps.dateTime(created), "LastModifiedDate", Timestamps.dateTime(modified),
        "SystemModstamp", Timestamps.dateTime(modified)));
    return id;
  }

  <T> T pick(List<T> items) {
    return rng.pick(items);
  }

  private String username(String local) {
    String candidate = local + DOMAIN;
    for (int n = 2; !usernames.add(candidate); n++) {
      candidate = local + n + DOMAIN;
    }
    return candidate;
  }
}
