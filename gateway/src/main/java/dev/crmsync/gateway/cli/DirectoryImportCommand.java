package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.config.GatewayConfig;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.directory.DirectoryChangeListener;
import dev.crmsync.gateway.directory.DirectoryFolderException;
import dev.crmsync.gateway.directory.DirectoryImporter;
import dev.crmsync.gateway.directory.ImportAlreadyRunningException;
import dev.crmsync.gateway.directory.ImportSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync directory import DIR}: upserts the folder's people and companies and applies its deletes,
 * with progress on stderr and the summary on stdout. Exits 0 when the import ran (rejected lines included).
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
    } catch (DirectoryFolderException | ImportAlreadyRunningException e) {
      spec.commandLine().getErr().println("crm-sync: " + e.getMessage());
      return 1;
    }
  }
}
