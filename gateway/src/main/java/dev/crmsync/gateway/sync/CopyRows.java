package dev.crmsync.gateway.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streaming into a PostgreSQL {@code COPY ... FROM STDIN} in text format: each value escaped, nothing
 * buffered beyond the driver's 64 KB. Only one COPY may be open on a connection, and no other statement runs
 * on it meanwhile.
 */
final class CopyRows implements AutoCloseable {
  private static final int BUFFER_BYTES = 1 << 16;

  private final PGCopyOutputStream out;
  private final StringBuilder line = new StringBuilder(512);
  private long rows;

  CopyRows(Connection connection, String copySql) throws SQLException {
    this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, BUFFER_BYTES);
  }

  void row(String... values) throws IOException {
    line.setLength(0);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      escape(values[i], line);
    }
    line.append('\n');
    out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    rows++;
  }

  long rows() {
    return rows;
  }

  /** Ends the COPY; the rows become visible to the transaction. */
  @Override
  public void close() throws IOException {
    out.close();
  }

  /** Gives the COPY up, so that the connection can roll back. */
  void cancel() {
    try {
      if (out.isActive()) {
        out.cancelCopy();
      }
    } catch (SQLException e) {
      // the connection is being thrown away with its transaction anyway
    }
  }

  private static void escape(String value, StringBuilder to) {
    if (value == null) {
      to.append("\\N");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> to.append("\\\\");
        case '\n' -> to.append("\\n");
        case '\r' -> to.append("\\r");
        case '\t' -> to.append("\\t");
        default -> to.append(c);
      }
    }
  }
}
