package dev.crmsync.gateway.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Debian's wrk and reads its throughput, median, p99 and failed answers: closed loop (each connection sends
 * its next request as soon as the last is answered), or paced (each connection waits a fixed delay in between).
 */
final class Wrk {
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern P50 = Pattern.compile("\\s50%\\s+([\\d.]+)(us|ms|s)");
  private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)");
  private static final Pattern FAILED = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

  /** What one wrk run measured. */
  record Result(double requestsPerSecond, double p50Millis, double p99Millis, long failed) {
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
    Matcher p50 = P50.matcher(output);
    Matcher p99 = P99.matcher(output);
    if (!rate.find() || !p50.find() || !p99.find()) {
      throw new IllegalStateException("cannot read wrk's output:\n" + output);
    }
    Matcher failed = FAILED.matcher(output);
    return new Result(Double.parseDouble(rate.group(1)), millis(p50), millis(p99),
        failed.find() ? Long.parseLong(failed.group(1)) : 0);
  }

  private static double millis(Matcher latency) {
    double value = Double.parseDouble(latency.group(1));
    return switch (latency.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  /**
   * A wrk script posting a fresh body per request ({@code luaBody} is a Lua expression, after the prelude); each
   * connection waits {@code delayMillis} between requests, or none when 0.
   */
  static Path script(String authorization, String luaPrelude, String luaBody, int delayMillis) throws IOException {
    Path script = Files.createTempFile("crm-sync-wrk", ".lua");
    Files.writeString(script, """
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["Authorization"] = "%s"
        %s
        request = function()
          return wrk.format(nil, nil, nil, %s)
        end
        %s
        """.formatted(authorization, luaPrelude, luaBody,
        delayMillis == 0 ? "" : "delay = function() return %d end".formatted(delayMillis)));
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
