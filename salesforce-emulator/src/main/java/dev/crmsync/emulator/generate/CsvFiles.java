package dev.crmsync.emulator.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** The CSV shapes the generator writes. */
final class CsvFiles {
  private static final int BUFFER = 1 << 16;

  /** As a Bulk API 2.0 query result: every value double-quoted, LF line ends (salesforce-api.md §3.3). */
  static final CSVFormat BULK = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator('\n')
      .get();
  /** Plain RFC 4180, quoting only where needed, LF line ends: the truth files. */
  static final CSVFormat PLAIN = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private CsvFiles() {
  }

  /** A new UTF-8 CSV file with its header row written. */
  static CSVPrinter create(Path file, CSVFormat format, List<String> header) throws IOException {
    CSVPrinter printer = new CSVPrinter(writer(file), format);
    printer.printRecord(header);
    return printer;
  }

  static Writer writer(Path file) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
  }
}
