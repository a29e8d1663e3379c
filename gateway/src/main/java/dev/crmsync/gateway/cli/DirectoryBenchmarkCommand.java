package dev.crmsync.gateway.cli;

import dev.crmsync.emulator.generate.GeneratedFolders;
import dev.crmsync.emulator.generate.GenerationCounts;
import dev.crmsync.emulator.generate.GeneratorSpec;
import dev.crmsync.gateway.config.DatabaseConfig;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.directory.DirectoryChangeListener;
import dev.crmsync.gateway.directory.DirectoryImporter;
import dev.crmsync.gateway.directory.ImportSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync directory benchmark --people N}: generates a directory of about N people (and their companies)
 * with the project's generator, then, on a scratch embedded PostgreSQL, times a plain COPY of the same lines into
 * a one-column table (the floor: no parsing, hashing, index or merge) and the directory import of the folder,
 * first into empty tables, then again with nothing changed. Rates are records (people and companies) per second.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "Measure directory records imported per second next to a plain PostgreSQL COPY of the same rows.")
final class DirectoryBenchmarkCommand implements Callable<Integer> {
  // the raw lines as CSV whose quote and delimiter bytes never occur in JSON text: each line is one value
  private static final String COPY_LINES =
      "COPY benchmark_copy (doc) FROM STDIN (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')";
  private static final String CREATE_SCRATCH = "CREATE TABLE IF NOT EXISTS benchmark_copy (doc jsonb NOT NULL)";
  private static final String PEOPLE = "people.jsonl";
  private static final String COMPANIES = "companies.jsonl";
  private static final long SEED = 1;
  // the benchmark is about the directory: the CRM side of the generated world is kept small
  private static final long CRM_RECORDS = 1_000;

  @Option(names = "--people", defaultValue = "1000000",
      description = "about how many directory people (default ${DEFAULT-VALUE})")
  int people;

  @Option(names = "--keep", description = "keep the generated file and scratch database (path is printed)")
  boolean keep;

  @Spec
  CommandSpec spec;

  private long records;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path scratch = Files.createTempDirectory("crm-sync-benchmark");
    try {
      long generating = System.nanoTime();
      GenerationCounts counts = GeneratedFolders.write(GeneratorSpec.forTotal(SEED, CRM_RECORDS, people), scratch);
      Path folder = scratch.resolve("directory");
      records = counts.directoryPeople() + counts.directoryCompanies();
      out.printf("generated %,d people and %,d companies (%,d MB of JSON lines) in %.1f s in %s%n",
          counts.directoryPeople(), counts.directoryCompanies(), (size(folder, PEOPLE) + size(folder, COMPANIES)) >> 20,
          seconds(generating), folder);
      try (Database database = Database.start(new DatabaseConfig(
          Optional.empty(), "postgres", "", scratch.resolve("postgres"), 0, 1))) {
        long copy = plainCopy(database, folder.resolve(COMPANIES)) + plainCopy(database, folder.resolve(PEOPLE));
        out.printf("%-38s %7.1f s %,10d records/s%n", "plain COPY into a scratch table", copy / 1e9, rate(copy));
        DirectoryImporter importer = new DirectoryImporter(database);
        timedImport(importer, folder, "directory import, empty tables", out);
        timedImport(importer, folder, "directory import again, unchanged", out);
      }
    } finally {
      if (keep) {
        out.println("kept " + scratch);
      } else {
        deleteRecursively(scratch);
      }
    }
    return 0;
  }

  private void timedImport(DirectoryImporter importer, Path folder, String label, PrintWriter out)
      throws IOException, SQLException {
    long started = System.nanoTime();
    ImportSummary summary = importer.importFolder(folder, DirectoryChangeListener.NONE,
        ConsoleProgress.to(spec.commandLine().getErr()));
    long nanos = System.nanoTime() - started;
    out.printf("%-38s %7.1f s %,10d records/s (people inserted %,d, updated %,d, unchanged %,d)%n", label,
        nanos / 1e9, rate(nanos), summary.people().inserted(), summary.people().updated(),
        summary.people().unchanged());
  }

  private static long plainCopy(Database database, Path file) throws SQLException, IOException {
    try (Connection connection = database.openConnection();
         Statement statement = connection.createStatement();
         InputStream lines = Files.newInputStream(file)) {
      statement.execute(CREATE_SCRATCH);
      long started = System.nanoTime();
      connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_LINES, lines, 1 << 16);
      return System.nanoTime() - started;
    }
  }

  private long rate(long nanos) {
    return (long) (records / (nanos / 1e9));
  }

  private static long size(Path folder, String file) throws IOException {
    return Files.size(folder.resolve(file));
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
