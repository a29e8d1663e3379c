package dev.crmsync.emulator.generate;

import java.util.Map;

/** Builds the field maps handed to a RecordSink. */
final class Rows {
  private Rows() {
  }

  /** A row of {@code object} from alternating field names and values; a null value means null. */
  static Map<String, String> of(CrmObject object, String... namesAndValues) {
    FieldRow row = new FieldRow(object);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      row.put(namesAndValues[i], namesAndValues[i + 1]);
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
