package dev.crmsync.emulator.generate;

import java.util.HashMap;
import java.util.Map;

/** Builds the field maps handed to a RecordSink. */
final class Rows {
  private Rows() {
  }

  /** A row from alternating field names and values; a null value leaves the field out, which means null. */
  static Map<String, String> of(String... namesAndValues) {
    Map<String, String> row = new HashMap<>(namesAndValues.length);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        row.put(namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return row;
  }

  /** Adds CreatedDate, LastModifiedDate and SystemModstamp from a creation time. */
  static Map<String, String> stamped(Map<String, String> row, long created, Rng rng) {
    long modified = Timestamps.modified(created, rng);
    row.put("CreatedDate", Timestamps.dateTime(created));
    row.put("LastModifiedDate", Timestamps.dateTime(modified));
    row.put("SystemModstamp", Timestamps.dateTime(modified + (rng.chance(0.2) ? rng.below(3600) : 0)));
    row.put("IsDeleted", "false");
    return row;
  }
}
