package dev.crmsync.emulator.org;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Record visibility for one user, computed when a request starts: a user reads and edits the records they own or
 * that users in roles below theirs own (the role hierarchy), reads those of accounts whose team they are on (as
 * far as the team member's access levels go), and everything with View All. Users, roles and record types are
 * visible to all. Writes need Edit (or All) where reads need Read. Sharing rules are not modelled.
 */
public final class Sharing {
  private static final int ACCOUNT_LEVEL = 0;
  private static final int CONTACT_LEVEL = 1;
  private static final int OPPORTUNITY_LEVEL = 2;

  private final Org org;
  private final Caller caller;
  private final Map<String, String[]> teamLevels = new HashMap<>();
  private final Set<String> owners = new HashSet<>();

  private Sharing(Org org, Caller caller) {
    this.org = org;
    this.caller = caller;
  }

  public static Sharing of(Org org, Caller caller) {
    Sharing sharing = new Sharing(org, caller);
    if (!caller.viewAll()) {
      org.read(() -> {
        sharing.loadTeams();
        sharing.loadHierarchy();
        return null;
      });
    }
    return sharing;
  }

  public Caller caller() {
    return caller;
  }

  public boolean canRead(Table table, String[] row) {
    return caller.viewAll() || allowed(table, row, false);
  }

  public boolean canEdit(Table table, String[] row) {
    return caller.viewAll() || allowed(table, row, true);
  }

  private boolean allowed(Table table, String[] row, boolean edit) {
    ObjectSchema schema = table.schema();
    String ownerId = value(schema, row, "OwnerId");
    boolean owner = ownerId != null && owners.contains(ownerId);
    return switch (schema.name()) {
      case "User", "UserRole", "RecordType" -> !edit;
      case "Account" -> owner || team(value(schema, row, "Id"), ACCOUNT_LEVEL, edit);
      case "Contact" -> owner || team(value(schema, row, "AccountId"), CONTACT_LEVEL, edit);
      case "Opportunity" -> owner || team(value(schema, row, "AccountId"), OPPORTUNITY_LEVEL, edit);
      case "OpportunityContactRole" -> parent(value(schema, row, "OpportunityId"), edit);
      case "AccountTeamMember" -> parent(value(schema, row, "AccountId"), edit);
      case "Task" -> owner || !edit && parent(value(schema, row, "AccountId"), false);
      case "Note" -> owner || !"true".equals(value(schema, row, "IsPrivate"))
          && parent(value(schema, row, "ParentId"), edit);
      default -> owner;
    };
  }

  private boolean parent(String id, boolean edit) {
    if (id == null) {
      return false;
    }
    String[] row = org.find(id);
    Table table = org.tableOf(id).orElse(null);
    return row != null && table != null && (edit ? canEdit(table, row) : canRead(table, row));
  }

  private boolean team(String accountId, int level, boolean edit) {
    String[] levels = accountId == null ? null : teamLevels.get(accountId);
    if (levels == null) {
      return false;
    }
    String granted = levels[level] != null ? levels[level] : levels[ACCOUNT_LEVEL] != null ? levels[ACCOUNT_LEVEL] : "Read";
    if (granted.equalsIgnoreCase("None")) {
      return false;
    }
    return !edit || granted.equalsIgnoreCase("Edit") || granted.equalsIgnoreCase("All");
  }

  private void loadTeams() {
    Table members = org.table("AccountTeamMember").orElseThrow();
    ObjectSchema schema = members.schema();
    int user = schema.column("UserId");
    int account = schema.column("AccountId");
    int[] levels = {schema.column("AccountAccessLevel"), schema.column("ContactAccessLevel"),
        schema.column("OpportunityAccessLevel")};
    members.forEach(row -> {
      if (caller.userId().equals(row[user]) && !members.isDeleted(row)) {
        String[] access = new String[levels.length];
        for (int i = 0; i < levels.length; i++) {
          access[i] = Table.value(row, levels[i]);
        }
        teamLevels.put(row[account], access);
      }
    });
  }

  /** The caller and every user whose role is below the caller's. */
  private void loadHierarchy() {
    owners.add(caller.userId());
    Table roles = org.table("UserRole").orElseThrow();
    int roleParent = roles.schema().column("ParentRoleId");
    Map<String, List<String>> childRoles = new HashMap<>();
    roles.forEach(row -> {
      if (!roles.isDeleted(row) && row[roleParent] != null) {
        childRoles.computeIfAbsent(row[roleParent], k -> new java.util.ArrayList<>()).add(row[0]);
      }
    });
    Table users = org.table("User").orElseThrow();
    int userRole = users.schema().column("UserRoleId");
    String[] me = users.row(caller.userId());
    String myRole = me == null ? null : Table.value(me, userRole);
    if (myRole == null) {
      return;
    }
    Set<String> below = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>(childRoles.getOrDefault(myRole, List.of()));
    while (!pending.isEmpty()) {
      String role = pending.pop();
      if (below.add(role)) {
        pending.addAll(childRoles.getOrDefault(role, List.of()));
      }
    }
    users.forEach(row -> {
      if (below.contains(Table.value(row, userRole))) {
        owners.add(row[0]);
      }
    });
  }

  private static String value(ObjectSchema schema, String[] row, String field) {
    return Table.value(row, schema.column(field));
  }
}
