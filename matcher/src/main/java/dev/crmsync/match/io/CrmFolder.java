package dev.crmsync.match.io;

import dev.crmsync.index.entry.Entry;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a CRM export folder (data-formats.md §1): {@code Lead.csv}, {@code Contact.csv}, {@code Account.csv}. */
public final class CrmFolder {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private CrmFolder() {
  }

  /** The entries of every Lead, Contact and Account in the folder; missing files are empty objects. */
  public static List<Entry> read(Path folder) {
    Map<String, Map<String, String>> accounts = new HashMap<>();
    List<Map<String, String>> accountRows = new ArrayList<>();
    rows(folder.resolve("Account.csv"), row -> {
      accountRows.add(row);
      if (row.get("Id") != null) {
        accounts.put(SalesforceIds.to18(row.get("Id")), row);
      }
    });
    List<Entry> entries = new ArrayList<>();
    for (String sobject : List.of("Lead", "Contact")) {
      rows(folder.resolve(sobject + ".csv"), row -> add(entries, CrmFields.entry(sobject, row, accounts)));
    }
    accountRows.forEach(row -> add(entries, CrmFields.entry("Account", row, accounts)));
    return entries;
  }

  private static void add(List<Entry> entries, Entry entry) {
    if (entry != null) {
      entries.add(entry);
    }
  }

  /** Each row of a CSV file as column to value, empty values as absent; nothing when the file is missing. */
  static void rows(Path file, Consumer<Map<String, String>> consumer) {
    if (!Files.exists(file)) {
      return;
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : FORMAT.parse(reader)) {
        Map<String, String> row = new HashMap<>();
        record.toMap().forEach((column, value) -> {
          if (value != null && !value.isEmpty()) {
            row.put(column, value);
          }
        });
        consumer.accept(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
