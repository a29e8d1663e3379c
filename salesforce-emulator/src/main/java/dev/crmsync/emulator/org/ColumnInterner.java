package dev.crmsync.emulator.org;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal values of one column (owners, countries, statuses, booleans...) so that a million records do not
 * hold a million copies. A column with too many distinct values (names, e-mails) is given up on, so that the
 * pool never costs more than it saves.
 */
final class ColumnInterner {
  private static final int MAX_DISTINCT = 20_000;
  private Map<String, String> pool = new HashMap<>();

  String intern(String value) {
    if (pool == null) {
      return value;
    }
    String shared = pool.putIfAbsent(value, value);
    if (shared != null) {
      return shared;
    }
    if (pool.size() > MAX_DISTINCT) {
      pool = null;
    }
    return value;
  }
}
