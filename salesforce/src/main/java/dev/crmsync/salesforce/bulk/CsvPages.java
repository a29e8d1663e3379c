package dev.crmsync.salesforce.bulk;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

  /** Hands every data row of the page to the handler; returns the number of rows read. */
  public static long read(InputStream page, RowHandler handler) throws Exception {
    Reader reader = new NulFilter(new InputStreamReader(page, StandardCharsets.UTF_8));
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      List<String> columns = parser.getHeaderNames();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        index.put(columns.get(i), i);
      }
      long rows = 0;
      for (CSVRecord record : parser) {
        handler.row(new CsvRow(columns, index, record.values()));
        rows++;
      }
      return rows;
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
