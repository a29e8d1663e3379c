package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.config.GatewayConfig;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.directory.DirectoryChangeListener;
import dev.crmsync.gateway.directory.DirectoryFolderException;
import dev.crmsync.gateway.directory.DirectoryImporter;
import dev.crmsync.gateway.directory.ImportAlreadyRunningException;
import dev.crmsync.gateway.directory.ImportFailure;
import dev.crmsync.gateway.directory.ImportSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync directory import DIR}: upserts the folder's people and companies and applies its deletes,
 * with progress on stderr and the summary on stdout. Exits 0 when the import ran (rejected lines included), 1 when
 * it could not (the message never quotes a record).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a directory folder (people.jsonl, companies.jsonl, deleted.jsonl) into the database.")
final class DirectoryImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "the directory folder")
  Path folder;

  @Mixin
  GatewayOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    GatewayConfig config = options.load();
    try (Database database = Database.start(config.database())) {
      ImportSummary summary = new DirectoryImporter(database)
          .importFolder(folder, DirectoryChangeListener.NONE, ConsoleProgress.to(spec.commandLine().getErr()));
      ImportReport.print(folder, summary, spec.commandLine().getOut());
      return 0;
    } catch (DirectoryFolderException | ImportAlreadyRunningException | SQLException | IOException e) {
      spec.commandLine().getErr().println("crm-sync: " + ImportFailure.describe(e));
      return 1;
    }
  }
}
