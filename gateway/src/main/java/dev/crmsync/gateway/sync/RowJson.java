package dev.crmsync.gateway.sync;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.crmsync.salesforce.bulk.CsvRow;
import java.util.List;

/** A CSV row as the JSON object kept in {@code crm_record.fields}: column names to string values or null. */
final class RowJson {
  private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

  private RowJson() {
  }

  /** The row's columns except the one left out (the delete flag, which a stored row never has set). */
  static String of(CsvRow row, String leftOut) {
    List<String> columns = row.columns();
    StringBuilder json = new StringBuilder(64 + columns.size() * 24).append('{');
    boolean first = true;
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      if (column.equals(leftOut)) {
        continue;
      }
      if (!first) {
        json.append(',');
      }
      first = false;
      json.append('"');
      ENCODER.quoteAsString(column, json);
      json.append("\":");
      String value = row.value(i);
      if (value == null) {
        json.append("null");
      } else {
        json.append('"');
        ENCODER.quoteAsString(value, json);
        json.append('"');
      }
    }
    return json.append('}').toString();
  }
}
