package dev.crmsync.emulator.bulk;

import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.soql.Column;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Streams one results page as CSV: a header row, then the records in chunks, each chunk written only when the
 * connection has room (back-pressure), so a page of 100,000 rows never exists as one string.
 */
final class CsvPageWriter {
  private static final int ROWS_PER_CHUNK = 1000;

  private final Org org;
  private final HttpServerResponse response;
  private final List<Column> columns;
  private final List<String[]> rows;
  private final CSVFormat format;
  private final boolean truncate;
  private final Context context;
  private final Promise<Void> done = Promise.promise();

  /**
   * @param truncate cut the page off in the middle of a row halfway through (an injected fault)
   */
  CsvPageWriter(Org org, HttpServerResponse response, List<Column> columns, List<String[]> rows, CSVFormat format,
                boolean truncate, Context context) {
    this.org = org;
    this.response = response;
    this.columns = columns;
    this.rows = rows;
    this.format = format;
    this.truncate = truncate;
    this.context = context;
  }

  /** Writes the whole page and ends the response. */
  Future<Void> write() {
    StringBuilder header = new StringBuilder();
    print(header, columns.stream().map(Column::path).toArray());
    response.write(Buffer.buffer(header.toString()));
    writeFrom(0, truncate ? rows.size() / 2 : rows.size());
    return done.future();
  }

  private void writeFrom(int from, int until) {
    if (response.closed()) {
      done.tryFail("the client went away after " + from + " rows");
      return;
    }
    if (from >= until) {
      finish(until);
      return;
    }
    int to = Math.min(until, from + ROWS_PER_CHUNK);
    StringBuilder chunk = new StringBuilder(256 * (to - from));
    org.read(() -> {
      for (String[] row : rows.subList(from, to)) {
        print(chunk, values(row));
      }
      return null;
    });
    response.write(Buffer.buffer(chunk.toString())).onFailure(done::tryFail);
    if (response.writeQueueFull()) {
      response.drainHandler(v -> writeFrom(to, until));
    } else {
      context.runOnContext(v -> writeFrom(to, until));
    }
  }

  private void finish(int written) {
    if (truncate && written < rows.size()) {
      StringBuilder partial = new StringBuilder();
      String[] row = rows.get(written);
      org.read(() -> {
        print(partial, values(row));
        return null;
      });
      response.write(Buffer.buffer(partial.substring(0, Math.max(1, partial.length() / 2))));
    }
    response.end().onComplete(done);
  }

  private Object[] values(String[] row) {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      String value = columns.get(i).value(row);
      values[i] = value == null ? "" : value;
    }
    return values;
  }

  private void print(StringBuilder out, Object[] values) {
    try {
      format.printRecord(out, values);
    } catch (IOException e) {
      throw new UncheckedIOException("appending to a StringBuilder cannot fail", e);
    }
  }
}
