package dev.crmsync.emulator.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes ground truth as CSV files in a folder: {@code people.csv} and {@code companies.csv} (which CRM record
 * is which profile), {@code stale.csv} (out-of-date CRM facts) and {@code decoys.csv} (namesakes that are not
 * the CRM record's person). The README's "Generator" section documents the columns.
 */
public final class TruthFolderWriter implements TruthSink, AutoCloseable {
  static final List<String> LINK_HEADER = List.of("profile_id", "crm_id", "crm_object", "preferred", "noise");
  static final List<String> STALE_HEADER =
      List.of("crm_id", "crm_object", "profile_id", "field", "crm_value", "current_value");
  static final List<String> DECOY_HEADER = List.of("profile_id", "crm_id", "crm_object", "lookalike_of");

  private final CSVPrinter people;
  private final CSVPrinter companies;
  private final CSVPrinter stale;
  private final CSVPrinter decoys;

  public TruthFolderWriter(Path folder) throws IOException {
    Files.createDirectories(folder);
    people = CsvFiles.create(folder.resolve("people.csv"), CsvFiles.PLAIN, LINK_HEADER);
    companies = CsvFiles.create(folder.resolve("companies.csv"), CsvFiles.PLAIN, LINK_HEADER);
    stale = CsvFiles.create(folder.resolve("stale.csv"), CsvFiles.PLAIN, STALE_HEADER);
    decoys = CsvFiles.create(folder.resolve("decoys.csv"), CsvFiles.PLAIN, DECOY_HEADER);
  }

  @Override
  public void accept(TruthFact fact) {
    switch (fact) {
      case TruthLink link -> link(link);
      case StaleFact stale -> stale(stale);
      case Decoy decoy -> decoy(decoy);
    }
  }

  private void link(TruthLink link) {
    print(link.crmObject() == CrmObject.ACCOUNT ? companies : people, link.profileId(), link.crmId(),
        link.crmObject().apiName(), link.preferred(), String.join(";", link.noise()));
  }

  private void stale(StaleFact fact) {
    print(stale, fact.crmId(), fact.crmObject().apiName(), fact.profileId(), fact.field(), fact.crmValue(),
        fact.currentValue());
  }

  private void decoy(Decoy decoy) {
    print(decoys, decoy.profileId(), decoy.crmId(), decoy.crmObject().apiName(), decoy.lookalikeOf());
  }

  private static void print(CSVPrinter printer, Object... values) {
    try {
      printer.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try (people; companies; stale; decoys) {
      people.flush();
    }
  }
}
