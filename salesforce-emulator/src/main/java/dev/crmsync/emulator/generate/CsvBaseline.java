package dev.crmsync.emulator.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.csv.CSVPrinter;

/**
 * The yardstick for generation speed: the time commons-csv takes to write the same number of fixed Lead rows
 * in the same format, which is the floor no generator writing CSV can beat.
 */
public final class CsvBaseline {
  private CsvBaseline() {
  }

  /** Writes {@code rows} copies of one Lead row to {@code file}; returns how long it took. */
  public static Duration writeFixedRows(Path file, long rows) throws IOException {
    String[] row = CrmObject.LEAD.fields().stream().map(field -> field.equals("Id") ? "00Q5g00000A1b2CEAR"
        : field + " value").toArray(String[]::new);
    long started = System.nanoTime();
    try (CSVPrinter printer = CsvFiles.create(file, CsvFiles.BULK, CrmObject.LEAD.fields())) {
      for (long i = 0; i < rows; i++) {
        printer.printRecord((Object[]) row);
      }
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
