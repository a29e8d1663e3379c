package dev.crmsync.gateway.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ImportFailureTest {
  @Test
  void aDatabaseErrorIsToldByItsStateNeverByItsMessage() {
    SQLException error = new SQLException(
        "invalid input syntax, Where: COPY directory_person, line 3, column contact_points: ada@example.com", "22P02");

    assertThat(ImportFailure.describe(error)).isEqualTo("database error (SQLSTATE 22P02)");
  }

  @Test
  void anUnexpectedErrorIsToldByItsKindOnly() {
    assertThat(ImportFailure.describe(new IllegalStateException("ada@example.com")))
        .isEqualTo("internal error (IllegalStateException)");
  }
}
