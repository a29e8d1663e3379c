package dev.crmsync.gateway.directory;

import java.io.IOException;
import java.sql.SQLException;

/**
 * What stopped an import, in words safe to show and log: PostgreSQL's messages can quote the row that failed
 * (contact points included), so a database error is told by its SQLSTATE only.
 */
public final class ImportFailure {
  private ImportFailure() {
  }

  public static String describe(Exception e) {
    if (e instanceof SQLException sql) {
      return "database error (SQLSTATE " + sql.getSQLState() + ")";
    }
    if (e instanceof IOException) {
      return "cannot read the folder: " + e.getMessage();
    }
    if (e instanceof DirectoryFolderException || e instanceof ImportAlreadyRunningException) {
      return e.getMessage();
    }
    return "internal error (" + e.getClass().getSimpleName() + ")";
  }
}
