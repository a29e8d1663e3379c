package dev.crmsync.gateway.cli;

import picocli.CommandLine.Command;

/** The top command; every feature adds its subcommand here. */
@Command(name = "crm-sync", mixinStandardHelpOptions = true,
    description = "CRM Sync: match a Salesforce org with a directory of people and companies.",
    subcommands = {ServeCommand.class, DemoCommand.class, DirectoryCommand.class, MatchCommand.class,
        EvaluateCommand.class, MatchBenchmarkCommand.class, GenerateCommand.class, SalesforceEmulatorCommand.class,
        BenchCommand.class, SyncCommand.class})
public final class CrmSyncCommand {
}
