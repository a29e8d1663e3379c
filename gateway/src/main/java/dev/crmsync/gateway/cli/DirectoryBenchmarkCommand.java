package dev.crmsync.gateway.cli;

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
import java.util.concurrent.Callable;
import org.postgresql.PGConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync directory benchmark --people N}: generates N people, then, on a scratch embedded PostgreSQL,
 * times a plain COPY of the same lines into a one-column table (the floor: no parsing, hashing, index or
 * merge) and the directory import of the file, first into empty tables, then again with nothing changed.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "Measure people imported per second next to a plain PostgreSQL COPY of the same rows.")
final class DirectoryBenchmarkCommand implements Callable<Integer> {
  // the raw lines as CSV whose quote and delimiter bytes never occur in JSON text: each line is one value
  private static final String COPY_LINES =
      "COPY benchmark_copy (doc) FROM STDIN (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')";
  private static final String CREATE_SCRATCH = "CREATE TABLE benchmark_copy (doc jsonb NOT NULL)";

  @Option(names = "--people", defaultValue = "1000000", description = "how many people (default ${DEFAULT-VALUE})")
  int people;

  @Option(names = "--keep", description = "keep the generated file and scratch database (path is printed)")
  boolean keep;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (ScratchSpace scratch = ScratchSpace.create("crm-sync-benchmark", keep, out)) {
      Path folder = Files.createDirectories(scratch.root().resolve("directory"));
      Path file = folder.resolve("people.jsonl");
      long generating = System.nanoTime();
      BenchmarkPeople.write(file, people);
      out.printf("generated %,d people (%,d MB of JSON lines) in %.1f s in %s%n", people,
          Files.size(file) >> 20, ScratchSpace.secondsSince(generating), folder);
      try (Database database = Database.start(scratch.database(1))) {
        long copy = plainCopy(database, file);
        out.printf("%-38s %7.1f s %,10d rows/s%n", "plain COPY into a scratch table", copy / 1e9, rate(copy));
        DirectoryImporter importer = new DirectoryImporter(database);
        timedImport(importer, folder, "directory import, empty tables", out);
        timedImport(importer, folder, "directory import again, unchanged", out);
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
    out.printf("%-38s %7.1f s %,10d people/s (inserted %,d, unchanged %,d)%n", label, nanos / 1e9, rate(nanos),
        summary.people().inserted(), summary.people().unchanged());
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
    return (long) (people / (nanos / 1e9));
  }
}
