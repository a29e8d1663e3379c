package dev.crmsync.emulator.org;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CRM export folder (data-formats.md §1): one {@code <Object>.csv} per object, RFC 4180, header row of API
 * names in any order, empty meaning null. Missing files are fine. Reading streams rows into a {@link RecordSink};
 * writing saves every record, the recycle bin included, file by file through a temporary file.
 */
public final class ExportFolder {
  private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private ExportFolder() {
  }

  /** Reads every {@code <Object>.csv} of the folder that names an object of the org; returns rows read. */
  public static long load(Path folder, Org org) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("CRM export folder not found: " + folder);
    }
    long rows = 0;
    RecordSink sink = org.sink();
    for (Table table : org.tables()) {
      Path file = folder.resolve(table.schema().name() + ".csv");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
           CSVParser parser = CSVParser.builder().setReader(reader).setFormat(READ).get()) {
        List<String> header = parser.getHeaderNames();
        for (CSVRecord record : parser) {
          Map<String, String> fields = new LinkedHashMap<>();
          for (int i = 0; i < header.size() && i < record.size(); i++) {
            String value = record.get(i).replace("\u0000", "");
            if (!value.isEmpty()) {
              fields.put(header.get(i), value);
            }
          }
          sink.record(table.schema().name(), fields);
          rows++;
        }
      }
    }
    return rows;
  }

  /** Writes every object's records to {@code <Object>.csv}; objects without records get no file. */
  public static void save(Org org, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Table table : org.tables()) {
      List<String[]> rows = org.read(() -> {
        List<String[]> all = new ArrayList<>();
        table.forEach(all::add);
        return all;
      });
      if (rows.isEmpty()) {
        continue;
      }
      ObjectSchema schema = table.schema();
      List<Field> fields = schema.fields().stream().filter(f -> f.type() != FieldType.ADDRESS).toList();
      Path target = folder.resolve(schema.name() + ".csv");
      Path temporary = folder.resolve(schema.name() + ".csv.tmp");
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
           CSVPrinter printer = new CSVPrinter(writer, WRITE)) {
        printer.printRecord(fields.stream().map(Field::name).toList());
        int[] columns = fields.stream().mapToInt(f -> schema.column(f.name())).toArray();
        for (String[] row : rows) {
          Object[] values = new Object[columns.length];
          for (int i = 0; i < columns.length; i++) {
            values[i] = Table.value(row, columns[i]);
          }
          printer.printRecord(values);
        }
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
