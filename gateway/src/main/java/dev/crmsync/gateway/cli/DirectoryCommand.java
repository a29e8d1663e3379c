package dev.crmsync.gateway.cli;

import picocli.CommandLine.Command;

/** {@code crm-sync directory ...}: the directory of people and companies that CRM records are matched to. */
@Command(name = "directory", mixinStandardHelpOptions = true,
    description = "Load the directory of people and companies, or measure how fast it loads.",
    subcommands = {DirectoryImportCommand.class, DirectoryBenchmarkCommand.class})
final class DirectoryCommand {
}
