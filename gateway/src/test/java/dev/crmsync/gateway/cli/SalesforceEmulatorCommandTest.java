package dev.crmsync.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SalesforceEmulatorCommandTest {
  @Test
  void benchmarkPrintsStartUpMemoryAndBulkSpeedNextToTheBaseline() {
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new CrmSyncCommand()).setOut(new PrintWriter(out))
        .execute("salesforce-emulator", "--benchmark", "--records", "2000");
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("start-up: load the export folder", "heap of the loaded org",
        "Bulk query of all Leads over HTTP", "baseline: commons-csv");
  }

  @Test
  void persistNeedsAnOrgFolder() {
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new CrmSyncCommand()).setErr(new PrintWriter(err))
        .execute("salesforce-emulator", "--persist");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--persist needs --org");
  }
}
