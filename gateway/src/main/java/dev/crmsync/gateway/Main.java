package dev.crmsync.gateway;

import dev.crmsync.gateway.cli.CrmSyncCommand;
import dev.crmsync.gateway.config.ConfigException;
import picocli.CommandLine;

/** The {@code crm-sync} command line. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    int exit = commandLine().execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  /** The command line, with configuration errors reported as one line and exit code 2. */
  static CommandLine commandLine() {
    return new CommandLine(new CrmSyncCommand())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          if (e instanceof ConfigException) {
            cmd.getErr().println("crm-sync: " + e.getMessage());
            return 2;
          }
          throw e;
        });
  }
}
