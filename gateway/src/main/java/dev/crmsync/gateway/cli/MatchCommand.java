package dev.crmsync.gateway.cli;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.match.BatchMatch;
import dev.crmsync.match.Decision;
import dev.crmsync.match.io.CrmFolder;
import dev.crmsync.match.io.DirectoryFolder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crm-sync match}: links a CRM export folder to a directory folder and writes the links file. */
@Command(name = "match", mixinStandardHelpOptions = true,
    description = "Match a CRM export folder against a directory folder and write links.csv.")
final class MatchCommand implements Callable<Integer> {
  @Option(names = "--crm", required = true, description = "CRM export folder (Lead.csv, Contact.csv, Account.csv).")
  Path crm;

  @Option(names = "--directory", required = true, description = "Directory folder (people.jsonl, companies.jsonl).")
  Path directory;

  @Option(names = "--out", required = true, description = "Links file to write.")
  Path out;

  @Mixin
  ThresholdOptions thresholdOptions;

  @Option(names = "--per-probe", defaultValue = "10", description = "Candidates per probe (default ${DEFAULT-VALUE}).")
  int perProbe;

  @Override
  public Integer call() throws IOException {
    List<Entry> records = CrmFolder.read(crm);
    DirectoryFolder.Contents contents = DirectoryFolder.read(directory);
    Path index = Files.createTempDirectory("crm-sync-match-index");
    BatchMatch.Result result = new BatchMatch(Nicknames.bundled(), thresholdOptions.thresholds(), perProbe)
        .run(records, contents.people(), contents.companies(), index, List.of());
    write(result.decisions(), out);
    long matches = result.decisions().stream().filter(d -> d.verdict().name().equals("MATCH")).count();
    System.out.printf("%d CRM records, %d people, %d companies: %d links (%d match, %d review) in %s%n",
        records.size(), contents.people().size(), contents.companies().size(), result.decisions().size(), matches,
        result.decisions().size() - matches, out);
    TempFolders.delete(index);
    return 0;
  }

  static void write(List<Decision> decisions, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
            .setHeader("profile_id", "crm_id", "crm_object", "score", "decision").get())) {
      for (Decision decision : decisions) {
        csv.printRecord(decision.profileId(), decision.crmId(), decision.crmSource().crmObject(),
            String.format(Locale.ROOT, "%.2f", decision.score()), decision.verdict().name().toLowerCase(Locale.ROOT));
      }
    }
  }
}
