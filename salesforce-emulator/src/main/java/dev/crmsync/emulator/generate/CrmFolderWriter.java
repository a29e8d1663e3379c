package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.RecordSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes records as a CRM export folder (data-formats.md §1): one {@code <Object>.csv} per generated object,
 * header of API field names, values quoted as a Bulk API 2.0 result, nulls as empty values.
 */
public final class CrmFolderWriter implements RecordSink, AutoCloseable {
  private final Map<CrmObject, CSVPrinter> printers = new EnumMap<>(CrmObject.class);

  /** Creates {@code folder} if needed and one file per object in it, each with its header row. */
  public CrmFolderWriter(Path folder) throws IOException {
    Files.createDirectories(folder);
    try {
      for (CrmObject object : CrmObject.values()) {
        printers.put(object, CsvFiles.create(folder.resolve(object.apiName() + ".csv"), CsvFiles.BULK,
            object.fields()));
      }
    } catch (IOException | RuntimeException e) {
      closeQuietly(e);
      throw e;
    }
  }

  @Override
  public void record(String sobject, Map<String, String> fields) {
    CrmObject object = CrmObject.of(sobject);
    FieldRow row = fields instanceof FieldRow generated && generated.object() == object ? generated : null;
    List<String> names = object.fields();
    String[] values = new String[names.size()];
    for (int i = 0; i < values.length; i++) {
      String value = row != null ? row.at(i) : fields.get(names.get(i));
      values[i] = value == null ? "" : value;
    }
    try {
      printers.get(object).printRecord((Object[]) values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (CSVPrinter printer : printers.values()) {
      try {
        printer.close(true);
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private void closeQuietly(Exception cause) {
    try {
      close();
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
