package dev.crmsync.salesforce.bulk;

import java.util.List;
import java.util.Map;

/**
 * One data row of a results page. Bulk CSV cannot tell null from the empty string, so both read as null.
 */
public final class CsvRow {
  private final Map<String, Integer> columnIndex;
  private final List<String> columns;
  private final String[] values;

  CsvRow(List<String> columns, Map<String, Integer> columnIndex, String[] values) {
    this.columns = columns;
    this.columnIndex = columnIndex;
    this.values = values;
  }

  /** The column names of the page, in the order of the query's SELECT. */
  public List<String> columns() {
    return columns;
  }

  /** The value of a column, null when blank or when the page has no such column. */
  public String get(String column) {
    Integer index = columnIndex.get(column);
    return index == null ? null : value(index);
  }

  /** The value at a column position, null when blank. */
  public String value(int index) {
    String value = index < values.length ? values[index] : null;
    return value == null || value.isEmpty() ? null : value;
  }
}
