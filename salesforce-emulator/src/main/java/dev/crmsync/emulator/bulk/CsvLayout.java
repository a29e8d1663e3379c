package dev.crmsync.emulator.bulk;

import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV a job writes: its {@code columnDelimiter} and {@code lineEnding}, every value quoted.
 *
 * @param columnDelimiter BACKQUOTE, CARET, COMMA, PIPE, SEMICOLON or TAB
 * @param lineEnding LF or CRLF
 */
record CsvLayout(String columnDelimiter, String lineEnding) {
  private static final Map<String, Character> DELIMITERS = Map.of("BACKQUOTE", '`', "CARET", '^', "COMMA", ',',
      "PIPE", '|', "SEMICOLON", ';', "TAB", '\t');

  CsvLayout {
    if (!DELIMITERS.containsKey(columnDelimiter)) {
      throw new IllegalArgumentException("columnDelimiter must be one of " + DELIMITERS.keySet().stream().sorted()
          .toList() + ", got " + columnDelimiter);
    }
    if (!lineEnding.equals("LF") && !lineEnding.equals("CRLF")) {
      throw new IllegalArgumentException("lineEnding must be LF or CRLF, got " + lineEnding);
    }
  }

  CSVFormat format() {
    return CSVFormat.DEFAULT.builder()
        .setDelimiter(DELIMITERS.get(columnDelimiter))
        .setRecordSeparator(lineEnding.equals("LF") ? "\n" : "\r\n")
        .setQuoteMode(QuoteMode.ALL)
        .get();
  }
}
