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
  /** Rows per INSERT: large enough that a full rematch is a few hundred statements, small enough for memory. */
  private static final int ROWS_PER_STATEMENT = 5_000;
  private static final int TEXT_COLUMNS = 8;

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
      for (int from = 0; from < decisions.size(); from += ROWS_PER_STATEMENT) {
        insert(connection, tenant, decisions.subList(from, Math.min(decisions.size(), from + ROWS_PER_STATEMENT)));
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * One statement for many rows: the notification trigger on crm_match runs once per statement, and a driver
   * batch would be one statement per row.
   */
  private static void insert(Connection connection, UUID tenant, List<Decision> decisions) throws SQLException {
    int rows = decisions.size();
    String[][] text = new String[TEXT_COLUMNS][rows];
    Double[] scores = new Double[rows];
    for (int i = 0; i < rows; i++) {
      Decision decision = decisions.get(i);
      text[0][i] = decision.crmId();
      text[1][i] = decision.crmSource().crmObject();
      text[2][i] = decision.crmSource().isPerson() ? "PERSON" : "COMPANY";
      text[3][i] = decision.profileId();
      text[4][i] = decision.verdict().name();
      text[5][i] = decision.origin().name();
      text[6][i] = json(decision.explanation());
      text[7][i] = json(decision.staleReasons());
      scores[i] = decision.score();
    }
    try (PreparedStatement insert = connection.prepareStatement(MatchQueries.INSERT_MATCHES)) {
      insert.setObject(1, tenant);
      for (int column = 0; column < TEXT_COLUMNS; column++) {
        insert.setArray(column + 2, connection.createArrayOf("text", text[column]));
      }
      insert.setArray(TEXT_COLUMNS + 2, connection.createArrayOf("float8", scores));
      insert.executeUpdate();
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
