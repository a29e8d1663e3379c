package dev.crmsync.gateway.badges;

import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.db.Database;
import io.vertx.core.json.JsonArray;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Reads all MATCH links of a tenant into a new {@link TenantLinks}. Blocking: runs on a worker. */
final class LinkLoader {
  /** Rows per round trip of the cursor: a million links stream through in bounded memory. */
  private static final int FETCH_SIZE = 10_000;
  private static final String NO_REASONS = "[]";

  private final Database database;

  LinkLoader(Database database) {
    this.database = database;
  }

  TenantLinks load(UUID tenant) throws SQLException {
    try (Connection connection = database.openConnection()) {
      // one snapshot for the count, the instance URL and the links; autocommit off lets the driver use a cursor
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      connection.setAutoCommit(false);
      try {
        TenantLinks.Builder links = empty(connection, tenant);
        fill(connection, tenant, links);
        return links.build();
      } finally {
        connection.rollback();
      }
    }
  }

  private static TenantLinks.Builder empty(Connection connection, UUID tenant) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(BadgeQueries.TENANT_LINK_COUNT)) {
      statement.setObject(1, tenant);
      statement.setObject(2, tenant);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? new TenantLinks.Builder(row.getString(1), Math.toIntExact(row.getLong(2)))
            : new TenantLinks.Builder(null, 0);
      }
    }
  }

  private static void fill(Connection connection, UUID tenant, TenantLinks.Builder links) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(BadgeQueries.ALL_LINKS)) {
      statement.setFetchSize(FETCH_SIZE);
      statement.setObject(1, tenant);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          links.put(ProfileKind.valueOf(row.getString(1)), row.getString(2),
              new TenantLinks.Link(row.getString(4), row.getString(3), reasons(row.getString(5))));
        }
      }
    }
  }

  private static List<String> reasons(String json) {
    return NO_REASONS.equals(json) ? List.of() : StaleReasons.describe(new JsonArray(json));
  }
}
