package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.org.SalesforceIds;
import dev.crmsync.emulator.soql.Column;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open query cursors: the snapshot of a query's records, read page by page through locators
 * {@code {cursorId}-{offset}}. The oldest cursors are dropped past a bound, as Salesforce limits open cursors.
 */
final class QueryCursors {
  private static final int MAX_OPEN = 200;

  /**
   * A query's snapshot.
   *
   * @param object the object queried
   * @param columns the selected columns
   * @param rows the records, in order
   * @param userId who ran it; only they may read on
   */
  record Cursor(String object, List<Column> columns, List<String[]> rows, String userId) {
  }

  private final AtomicLong counter = new AtomicLong();
  private final Map<String, Cursor> open = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Cursor> eldest) {
      return size() > MAX_OPEN;
    }
  };

  synchronized String open(Cursor cursor) {
    String id = SalesforceIds.mint("01g", counter.incrementAndGet());
    open.put(id, cursor);
    return id;
  }

  synchronized Optional<Cursor> get(String cursorId) {
    return Optional.ofNullable(open.get(cursorId));
  }
}
