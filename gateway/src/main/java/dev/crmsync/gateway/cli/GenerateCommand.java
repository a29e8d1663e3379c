package dev.crmsync.gateway.cli;

import dev.crmsync.emulator.generate.CsvBaseline;
import dev.crmsync.emulator.generate.GeneratedFolders;
import dev.crmsync.emulator.generate.GenerationCounts;
import dev.crmsync.emulator.generate.GeneratorSpec;
import dev.crmsync.emulator.generate.NoiseRates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync generate}: a realistic Salesforce org, a matching directory and their ground truth, written as
 * folders, with the time taken next to a commons-csv baseline measured in the same run.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate a Salesforce org (DIR/crm), a matching directory (DIR/directory) and ground truth "
        + "(DIR/truth), deterministically from a seed.")
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec command;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
  Path out;

  @Option(names = "--crm-records", defaultValue = "10000", paramLabel = "N",
      description = "about how many CRM records of all objects (default ${DEFAULT-VALUE})")
  long crmRecords;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "the same seed gives the same output (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--directory-people", paramLabel = "M",
      description = "directory people (default: as many as CRM contacts and leads)")
  Integer directoryPeople;

  @Option(names = "--noise", paramLabel = "NAME=RATE", split = ",",
      description = "override a noise rate (0..1), e.g. --noise typo=0.1,nickname=0.3; names are those of "
          + "NoiseRates in salesforce-emulator/README.md")
  Map<String, Double> noise = Map.of();

  @Option(names = "--no-baseline",
      description = "skip timing commons-csv writing as many fixed rows, the yardstick for the generator's speed")
  boolean skipBaseline;

  @Override
  public Integer call() throws Exception {
    GeneratorSpec spec = spec();
    Stopwatch generation = Stopwatch.start();
    GenerationCounts counts = GeneratedFolders.write(spec, out);
    generation.stop();
    PrintReport.counts(counts, out);
    PrintReport.speed("generator", counts.crmTotal(), generation);
    if (!skipBaseline) {
      Path file = Files.createTempFile(out, "baseline", ".csv");
      try {
        Stopwatch baseline = Stopwatch.start();
        CsvBaseline.writeFixedRows(file, counts.crmTotal());
        baseline.stop();
        PrintReport.speed("baseline (commons-csv, fixed Lead rows)", counts.crmTotal(), baseline);
      } finally {
        Files.deleteIfExists(file);
      }
    }
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("heap in use at the end: %d MB of %d MB max%n",
        (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    return 0;
  }

  private GeneratorSpec spec() {
    try {
      GeneratorSpec spec = GeneratorSpec.forTotal(seed, crmRecords, directoryPeople);
      NoiseRates rates = spec.noise();
      for (Map.Entry<String, Double> rate : new TreeMap<>(noise).entrySet()) {
        rates = rates.with(rate.getKey(), rate.getValue());
      }
      return spec.withNoise(rates);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage(), e);
    }
  }

  /** The lines the command prints. */
  private static final class PrintReport {
    private PrintReport() {
    }

    static void counts(GenerationCounts counts, Path out) {
      System.out.println("wrote " + out.toAbsolutePath());
      counts.crmRecords().forEach((object, count) -> System.out.printf("  crm/%-28s %,12d%n", object + ".csv", count));
      System.out.printf("  %-32s %,12d%n", "directory/people.jsonl", counts.directoryPeople());
      System.out.printf("  %-32s %,12d%n", "directory/companies.jsonl", counts.directoryCompanies());
      System.out.printf("  %-32s %,12d%n", "truth links (people + companies)", counts.truthLinks());
      System.out.printf("  %-32s %,12d%n", "truth/stale.csv", counts.staleFacts());
      System.out.printf("  %-32s %,12d%n", "truth/decoys.csv", counts.decoys());
    }

    static void speed(String what, long rows, Stopwatch took) {
      double seconds = seconds(took.wall());
      double cpuSeconds = seconds(took.cpu());
      System.out.printf("%s: %,d CRM rows in %.2f s = %,.0f rows/s; CPU %.2f s in all threads = %,.0f rows per "
          + "CPU second, %.2f s in the calling thread%n", what, rows, seconds, rows / seconds, cpuSeconds,
          rows / cpuSeconds, seconds(took.threadCpu()));
    }

    private static double seconds(Duration duration) {
      return Math.max(duration.toNanos(), 1) / 1e9;
    }
  }
}
