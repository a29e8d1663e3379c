package dev.crmsync.gateway.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Debian's wrk (closed loop, as fast as the server answers) and reads its throughput and p99. */
final class Wrk {
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)");

  /** What one wrk run measured. */
  record Result(double requestsPerSecond, double p99Millis) {
  }

  private Wrk() {
  }

  static Result run(String url, Path script, int connections, int seconds) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
        "--latency", "-s", script.toString(), url)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + output);
    }
    Matcher rate = RATE.matcher(output);
    Matcher p99 = P99.matcher(output);
    if (!rate.find() || !p99.find()) {
      throw new IllegalStateException("cannot read wrk's output:\n" + output);
    }
    double value = Double.parseDouble(p99.group(1));
    double millis = switch (p99.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
    return new Result(Double.parseDouble(rate.group(1)), millis);
  }

  /** A wrk script posting a fresh body per request: {@code luaBody} is a Lua expression, after the prelude. */
  static Path script(String authorization, String luaPrelude, String luaBody) throws IOException {
    Path script = Files.createTempFile("crm-sync-wrk", ".lua");
    Files.writeString(script, """
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["Authorization"] = "%s"
        %s
        request = function()
          return wrk.format(nil, nil, nil, %s)
        end
        """.formatted(authorization, luaPrelude, luaBody));
    return script;
  }

  static boolean installed() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, "wrk"))) {
        return true;
      }
    }
    return false;
  }
}
