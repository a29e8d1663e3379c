package dev.crmsync.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
  @TempDir
  Path dir;

  @Test
  void aBadConfigurationValueStopsTheStartWithTheKeyNamed() throws Exception {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "http.port=70000\n");
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setErr(new PrintWriter(err));

    int exit = commandLine.execute("serve", "--config", file.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("crm-sync: configuration key 'http.port': must be 0 (any free port) to 65535, got 70000");
  }
}
