package dev.crmsync.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesTheThreeFoldersAndReportsSpeedNextToTheBaseline() {
    int exit = new CommandLine(new CrmSyncCommand()).execute("generate", "--out", dir.toString(),
        "--crm-records", "600", "--seed", "3");
    assertThat(exit).isZero();
    assertThat(dir.resolve("crm/Lead.csv")).isNotEmptyFile();
    assertThat(dir.resolve("crm/UserRole.csv")).isNotEmptyFile();
    assertThat(dir.resolve("directory/people.jsonl")).isNotEmptyFile();
    assertThat(dir.resolve("truth/people.csv")).isNotEmptyFile();
    assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("baseline"));
  }

  @Test
  void noiseRatesCanBeSetAndABadOneIsNamed() throws Exception {
    int exit = new CommandLine(new CrmSyncCommand()).execute("generate", "--out", dir.toString(),
        "--crm-records", "600", "--no-baseline", "--noise", "typo=1,swappedNames=0");
    assertThat(exit).isZero();
    assertThat(Files.readAllLines(dir.resolve("truth/people.csv")).subList(1, 20))
        .allSatisfy(line -> assertThat(line).contains("typo").doesNotContain("swapped_names"));

    StringWriter err = new StringWriter();
    exit = new CommandLine(new CrmSyncCommand()).setErr(new PrintWriter(err)).execute("generate", "--out",
        dir.resolve("other").toString(), "--noise", "typo=2");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("noise.typo must be in [0, 1], got 2.0");
  }

  @Test
  void rejectsATooSmallOrgNamingTheOption() {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new CrmSyncCommand()).setErr(new PrintWriter(err));
    int exit = command.execute("generate", "--out", dir.toString(), "--crm-records", "5");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("crmRecords must be in [100, 200000000], got 5");
    assertThat(Files.exists(dir.resolve("crm"))).isFalse();
  }
}
