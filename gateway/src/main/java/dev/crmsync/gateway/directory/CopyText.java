package dev.crmsync.gateway.directory;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/** Records as the rows of a {@code COPY ... FROM STDIN (FORMAT text)}: tab-separated, one per line. */
final class CopyText {
  private static final HexFormat HEX = HexFormat.of();

  private CopyText() {
  }

  static byte[] rows(List<StagedRecord> records, boolean withContactPoints) {
    StringBuilder out = new StringBuilder(records.size() * 512);
    for (StagedRecord record : records) {
      field(out, record.id()).append('\t');
      field(out, record.profile()).append('\t');
      if (withContactPoints) {
        field(out, record.contactPoints()).append('\t');
      }
      // bytea in hex form; its backslash is doubled like every backslash in this format
      out.append("\\\\x").append(HEX.formatHex(record.contentHash())).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Backslash, tab and line breaks are special in the text format. */
  private static StringBuilder field(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out;
  }
}
