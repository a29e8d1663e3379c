package dev.crmsync.emulator.soql;

import dev.crmsync.emulator.org.FieldType;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;

/**
 * How stored values of one type compare: text case-insensitively (as SOQL does), numbers numerically, and
 * dates, datetimes (stored in one canonical form) and ids as strings.
 */
enum ValueOrder {
  TEXT, NUMBER, EXACT;

  static ValueOrder of(FieldType type) {
    if (type.isNumber()) {
      return NUMBER;
    }
    return type.isText() ? TEXT : EXACT;
  }

  boolean equal(String value, String expected) {
    return value != null && key(value).equals(key(expected));
  }

  /** Values that are equal for this order have the same key. */
  String key(String value) {
    return switch (this) {
      case TEXT -> value.toLowerCase(Locale.ROOT);
      case NUMBER -> number(value).stripTrailingZeros().toPlainString();
      case EXACT -> value;
    };
  }

  int compare(String a, String b) {
    return switch (this) {
      case TEXT -> a.compareToIgnoreCase(b);
      case NUMBER -> number(a).compareTo(number(b));
      case EXACT -> a.compareTo(b);
    };
  }

  /** A comparator over possibly null values, nulls first or last whatever the direction. */
  Comparator<String> comparator(boolean descending, boolean nullsLast) {
    Comparator<String> ascending = this::compare;
    Comparator<String> values = descending ? ascending.reversed() : ascending;
    return nullsLast ? Comparator.nullsLast(values) : Comparator.nullsFirst(values);
  }

  private static BigDecimal number(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }
}
