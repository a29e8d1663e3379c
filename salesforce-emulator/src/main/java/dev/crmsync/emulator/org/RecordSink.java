package dev.crmsync.emulator.org;

import java.util.Map;

/**
 * Where org records go as they are produced, by the generator or by a CRM export folder being read. Values are
 * exactly as they stand in a Bulk API 2.0 CSV (data-formats.md §1): strings, empty or absent meaning null,
 * ISO-8601 UTC datetimes, {@code true}/{@code false} booleans, 15- or 18-character ids.
 */
@FunctionalInterface
public interface RecordSink {
  void record(String sobject, Map<String, String> fields);
}
