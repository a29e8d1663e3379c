package dev.crmsync.gateway.cli;

import picocli.CommandLine.Command;

/** {@code crm-sync bench ...}: load benchmarks that print figures next to a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BadgeBenchmarkCommand.class},
    description = "Load benchmarks of the gateway, each next to a baseline measured in the same run.")
final class BenchCommand {
}
