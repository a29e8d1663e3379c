package dev.crmsync.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.config.DatabaseConfig;
import dev.crmsync.gateway.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseTest {
  @Test
  void migrationsApplyOnAnEmptyDatabase() throws Exception {
    try (Database database = Database.start(TestPostgres.newDatabase());
         Connection connection = database.openConnection()) {
      assertThat(tables(connection)).contains(
          "tenant", "salesforce_connection", "crm_record", "directory_person", "directory_company",
          "crm_match", "match_override", "sync_run", "sync_watermark", "sync_rejected_row");
      assertThat(single(connection, "SELECT count(*) FROM flyway_schema_history WHERE NOT success")).isZero();
      assertThat(database.migrate().migrationsExecuted).as("a second start applies nothing").isZero();
    }
  }

  @Test
  void embeddedDataSurvivesARestart() throws Exception {
    DatabaseConfig config = TestPostgres.embeddedIn(TestPostgres.newDirectory());
    try (Database database = Database.start(config);
         Connection connection = database.openConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO tenant (name) VALUES ('Acme')");
    }

    try (Database restarted = Database.start(config);
         Connection connection = restarted.openConnection()) {
      assertThat(single(connection, "SELECT count(*) FROM tenant WHERE name = 'Acme'")).isEqualTo(1);
    }
  }

  private static List<String> tables(Connection connection) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static long single(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
