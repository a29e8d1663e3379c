package dev.crmsync.gateway.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmsync.match.Decision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Replaces the links of the rematched records in one transaction, so readers never see a half-written run. */
final class MatchWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MatchWriter() {
  }

  static void replace(Connection connection, UUID tenant, Collection<String> rematched, List<Decision> decisions)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (PreparedStatement delete = connection.prepareStatement(MatchQueries.DELETE_MATCHES)) {
        delete.setObject(1, tenant);
        delete.setArray(2, connection.createArrayOf("text", rematched.toArray()));
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(MatchQueries.INSERT_MATCH)) {
        for (Decision decision : decisions) {
          insert.setObject(1, tenant);
          insert.setString(2, decision.crmId());
          insert.setString(3, decision.crmSource().crmObject());
          insert.setString(4, decision.crmSource().isPerson() ? "PERSON" : "COMPANY");
          insert.setString(5, decision.profileId());
          insert.setString(6, decision.verdict().name());
          insert.setString(7, decision.origin().name());
          insert.setDouble(8, decision.score());
          insert.setString(9, json(decision.explanation()));
          insert.setString(10, json(decision.staleReasons()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }
}
