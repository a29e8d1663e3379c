package dev.crmsync.gateway.cli;

import picocli.CommandLine.Command;

/** {@code crm-sync sync ...}: the Salesforce sync. */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = "Measure how fast a Salesforce org is imported.",
    subcommands = {SyncBenchmarkCommand.class})
final class SyncCommand {
}
