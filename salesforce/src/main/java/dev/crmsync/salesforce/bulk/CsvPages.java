package dev.crmsync.salesforce.bulk;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one results page as it streams: an RFC 4180 CSV with its own header row, values that may span lines,
 * and NUL bytes dropped (salesforce-api.md §3.3, §7). Only the current row is in memory.
 */
public final class CsvPages {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(false)
      .get();

  private CsvPages() {
  }

  /** Something that takes the rows of a page one by one. */
  @FunctionalInterface
  public interface RowHandler {
    void row(CsvRow row) throws Exception;
  }

  /**
   * Hands every data row of the page to the handler; returns the number of rows read. A page that breaks off
   * inside a row fails with {@link BrokenPageException} before that row is handed over: each row is held back
   * until the next one parses, and the last until the page's final line ending is seen.
   */
  public static long read(InputStream page, RowHandler handler) throws Exception {
    LastByte tail = new LastByte(page);
    Reader reader = new NulFilter(new InputStreamReader(tail, StandardCharsets.UTF_8));
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      List<String> columns = parser.getHeaderNames();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        index.put(columns.get(i), i);
      }
      long rows = 0;
      CsvRow pending = null;
      for (CSVRecord record : parser) {
        if (record.size() != columns.size()) {
          throw new BrokenPageException("row " + (rows + 1) + " has " + record.size() + " of "
              + columns.size() + " columns: the page was cut off");
        }
        if (pending != null) {
          handler.row(pending);
        }
        pending = new CsvRow(columns, index, record.values());
        rows++;
      }
      if (pending != null) {
        if (tail.last() != '\n') {
          throw new BrokenPageException("the page ends inside row " + rows + ": it was cut off");
        }
        handler.row(pending);
      }
      return rows;
    } catch (UncheckedIOException e) {
      throw new BrokenPageException("the page is not well-formed CSV: " + e.getCause().getMessage());
    }
  }

  /** Remembers the last byte that went through, to tell a complete page from one cut short. */
  private static final class LastByte extends FilterInputStream {
    private int last = -1;

    LastByte(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        last = b;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        last = buffer[offset + n - 1];
      }
      return n;
    }

    int last() {
      return last;
    }
  }

  /** Drops NUL characters, which some orgs' data carries and which PostgreSQL text cannot hold. */
  private static final class NulFilter extends FilterReader {
    NulFilter(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c;
      do {
        c = super.read();
      } while (c == 0);
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n;
      do {
        n = super.read(buffer, offset, length);
        if (n > 0) {
          n = squeeze(buffer, offset, n);
        }
      } while (n == 0);
      return n;
    }

    private static int squeeze(char[] buffer, int offset, int length) {
      int kept = offset;
      for (int i = offset; i < offset + length; i++) {
        if (buffer[i] != 0) {
          buffer[kept++] = buffer[i];
        }
      }
      return kept - offset;
    }
  }
}
