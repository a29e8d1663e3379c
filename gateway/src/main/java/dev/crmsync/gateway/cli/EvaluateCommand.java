package dev.crmsync.gateway.cli;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.Source;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.match.BatchMatch;
import dev.crmsync.match.eval.Evaluation;
import dev.crmsync.match.eval.Link;
import dev.crmsync.match.eval.Metrics;
import dev.crmsync.match.eval.StaleEvaluation;
import dev.crmsync.match.eval.StaleMetrics;
import dev.crmsync.match.eval.Truth;
import dev.crmsync.match.io.CrmFolder;
import dev.crmsync.match.io.DirectoryFolder;
import dev.crmsync.match.io.Febrl;
import dev.crmsync.match.io.TruthFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crm-sync evaluate}: runs matching on labelled data (FEBRL4, a generated org, or any CRM, directory and
 * truth folders) and prints candidate recall, precision, recall, F1, review share and time per record.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Measure matching quality on labelled data: FEBRL4 and/or a generated org.")
final class EvaluateCommand implements Callable<Integer> {
  @Option(names = "--febrl", description = "Folder holding FEBRL dataset4a.csv and dataset4b.csv.")
  Path febrl;

  @Option(names = "--generated", description = "Generate an org of this many CRM records and evaluate on it.")
  Integer generated;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated org (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--data", description = "A folder with crm/, directory/ and truth/ (as the generator writes).")
  Path data;

  @Mixin
  ThresholdOptions thresholdOptions;

  @Option(names = "--per-probe", defaultValue = "10", description = "Candidates per probe (default ${DEFAULT-VALUE}).")
  int perProbe;

  @Option(names = "--show-errors", defaultValue = "0",
      description = "Print up to this many wrong and missed links with their explanations.")
  int showErrors;

  @Override
  public Integer call() throws IOException {
    if (febrl == null && generated == null && data == null) {
      throw new CommandLine.ParameterException(new CommandLine(this), "give --febrl, --generated or --data");
    }
    if (febrl != null) {
      evaluateFebrl();
    }
    if (data != null) {
      evaluateFolder("data " + data, data);
    }
    if (generated != null) {
      Path folder = Files.createTempDirectory("crm-sync-generated");
      int exit = new CommandLine(new CrmSyncCommand()).execute("generate", "--out", folder.toString(),
          "--crm-records", generated.toString(), "--seed", Long.toString(seed));
      if (exit != 0) {
        throw new IllegalStateException("crm-sync generate failed with exit code " + exit);
      }
      evaluateFolder("generated org of " + generated + " CRM records (seed " + seed + ")", folder);
      TempFolders.delete(folder);
    }
    return 0;
  }

  private void evaluateFebrl() throws IOException {
    List<Entry> crm = Febrl.read(febrl.resolve("dataset4a.csv"), Source.LEAD);
    List<Entry> people = Febrl.read(febrl.resolve("dataset4b.csv"), Source.DIRECTORY_PERSON);
    Map<String, String> profileOfEntity = new HashMap<>();
    people.forEach(p -> profileOfEntity.put(Febrl.entity(p.id()), p.id()));
    Set<Link> links = new HashSet<>();
    crm.forEach(c -> links.add(new Link(c.id(), profileOfEntity.get(Febrl.entity(c.id())))));
    report("FEBRL4 (dataset4a as Leads, dataset4b as directory people; name and address only)", crm, people,
        List.of(), new Truth(links, links, Set.of()));
  }

  private void evaluateFolder(String title, Path folder) throws IOException {
    DirectoryFolder.Contents directory = DirectoryFolder.read(folder.resolve("directory"));
    report(title, CrmFolder.read(folder.resolve("crm")), directory.people(), directory.companies(),
        TruthFolder.read(folder.resolve("truth")));
  }

  private static void printStale(String field, StaleMetrics stale) {
    System.out.printf("                               %-8s %8d %8d %9.4f %8d %8d %7.4f%n", field, stale.reported(),
        stale.correct(), stale.precision(), stale.expected(), stale.found(), stale.recall());
  }

  private void report(String title, List<Entry> crm, List<Entry> people, List<Entry> companies, Truth truth)
      throws IOException {
    Path index = Files.createTempDirectory("crm-sync-eval-index");
    BatchMatch batch = new BatchMatch(Nicknames.bundled(), thresholdOptions.thresholds(), perProbe);
    BatchMatch.Result result = batch.run(crm, people, companies, index, List.of());
    TempFolders.delete(index);
    System.out.printf("%n== %s%n", title);
    System.out.printf("%d CRM records, %d directory people, %d directory companies; candidates bound %d per record"
        + " (%d per probe); thresholds match %.1f, review %.1f, margin %.1f bits%n", crm.size(), people.size(),
        companies.size(), result.matcher().candidateBound(), perProbe, thresholdOptions.thresholds().match(),
        thresholdOptions.thresholds().review(), thresholdOptions.thresholds().margin());
    System.out.printf("%-10s %8s %8s %10s %8s %9s %9s %7s %7s%n", "kind", "records", "expected", "cand.rec.",
        "matched", "precision", "recall", "F1", "review");
    for (Metrics m : List.of(
        Evaluation.evaluate("people", true, result.ranked(), result.decisions(), truth),
        Evaluation.evaluate("companies", false, result.ranked(), result.decisions(), truth))) {
      if (m.records() > 0) {
        System.out.printf("%-10s %8d %8d %10.4f %8d %9.4f %9.4f %7.4f %7.4f%n", m.kind(), m.records(),
            m.expected(), m.candidateRecall(), m.matched(), m.precision(), m.recall(), m.f1(), m.reviewShare());
      }
    }
    if (!truth.stale().isEmpty()) {
      System.out.printf("stale fields on correct links: %-8s %8s %8s %9s %8s %8s %7s%n", "field", "reported",
          "true", "precision", "known", "found", "recall");
      printStale("all", StaleEvaluation.evaluate(result.decisions(), truth));
      StaleEvaluation.byField(result.decisions(), truth).forEach(EvaluateCommand::printStale);
    }
    if (showErrors > 0) {
      ErrorReport.print(result, truth, showErrors);
    }
    System.out.printf("time: index %d ms, match %d ms, %.3f ms per CRM record (%d cores)%n", result.indexMillis(),
        result.matchMillis(), result.matchMillis() / (double) Math.max(1, crm.size()),
        Runtime.getRuntime().availableProcessors());
  }
}
