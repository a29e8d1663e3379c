package dev.crmsync.gateway.cli;

import static dev.crmsync.gateway.directory.DirectoryFiles.company;
import static dev.crmsync.gateway.directory.DirectoryFiles.person;
import static dev.crmsync.gateway.directory.DirectoryFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.config.DatabaseConfig;
import dev.crmsync.gateway.testing.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DirectoryImportCommandTest {
  @TempDir
  Path dir;

  private Path config;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void configureDatabase() throws Exception {
    DatabaseConfig database = TestPostgres.newDatabase();
    config = Files.writeString(dir.resolve("crm-sync.properties"), "db.url=" + database.jdbcUrl().orElseThrow());
  }

  @Test
  void importsAFolderAndPrintsTheSummaryWithRejectedLines() {
    Path folder = dir.resolve("directory");
    write(folder, "people.jsonl", List.of(person("pr1", "CTO", "ada@example.com"), "{\"id\": 2}"));
    write(folder, "companies.jsonl", List.of(company("co1", "Analytical Engines")));

    int exit = run("directory", "import", folder.toString(), "--config", config.toString());

    assertThat(exit).isZero();
    assertThat(out.toString())
        .containsPattern("people +1 +0 +0 +0")
        .containsPattern("companies +1 +0 +0 +0")
        .contains("rejected lines: 1", "people.jsonl line 2: id: expected a string, got number")
        .doesNotContain("ada@example.com");
    assertThat(run("directory", "import", folder.toString(), "--config", config.toString())).isZero();
    assertThat(out.toString()).containsPattern("people +0 +0 +1 +0");
  }

  @Test
  void aMissingFolderExitsWithOneAndSaysWhy() {
    int exit = run("directory", "import", dir.resolve("nowhere").toString(), "--config", config.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("nowhere: not a directory");
  }

  private int run(String... args) {
    return new CommandLine(new CrmSyncCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
