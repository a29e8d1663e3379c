package dev.crmsync.gateway.cli;

import ch.qos.logback.classic.Level;
import dev.crmsync.api.Caller;
import dev.crmsync.api.Via;
import dev.crmsync.gateway.Gateway;
import dev.crmsync.gateway.SharedPort;
import dev.crmsync.gateway.auth.SessionTokens;
import dev.crmsync.gateway.config.ConfigLoader;
import dev.crmsync.gateway.config.DatabaseConfig;
import dev.crmsync.gateway.db.Database;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync bench badges}: on a scratch embedded PostgreSQL, seeds a tenant with N matched records, starts
 * the gateway, and measures {@code POST /api/v1/badges} with random ids (most in the CRM) next to a trivial
 * Vert.x endpoint taking the same request in the same process: throughput with wrk, then latencies with wrk
 * paced at half the badge throughput; each measurement in slices where the two endpoints take turns.
 */
@Command(name = "badges", mixinStandardHelpOptions = true,
    description = "Badge lookups per second and p99, next to a trivial Vert.x endpoint measured in the same run.")
final class BadgeBenchmarkCommand implements Callable<Integer> {
  /** Ids are drawn from a range this much larger than the records, so about four in five are in the CRM. */
  private static final double ID_SPREAD = 1.25;
  private static final int WARMUP_SECONDS = 5;
  /** wrk pauses in whole milliseconds: a long pause, over many connections, keeps the rate near the one aimed at. */
  private static final int PACE_MILLIS = 10;
  private static final int LOAD_TIMEOUT_MINUTES = 5;
  private static final long LOAD_POLL_MILLIS = 200;
  private static final Pattern LINKS_GAUGE = Pattern.compile("(?m)^crmsync_badges_links_in_memory\\S* ([0-9.eE+]+)$");

  @Option(names = "--records", defaultValue = "1000000", description = "matched records (default ${DEFAULT-VALUE})")
  int records;

  @Option(names = "--ids", defaultValue = "25", description = "ids per badge request (default ${DEFAULT-VALUE})")
  int ids;

  @Option(names = "--seconds", defaultValue = "15", description = "length of each run (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--connections", defaultValue = "32", description = "wrk connections (default ${DEFAULT-VALUE})")
  int connections;

  @Option(names = "--rounds", defaultValue = "3", description = "slices of each run, the endpoints taking turns, so "
      + "that a change in the machine's load falls on both (default ${DEFAULT-VALUE})")
  int rounds;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (rounds < 1 || rounds > seconds) {
      spec.commandLine().getErr().println("crm-sync: --rounds must be between 1 and --seconds, got " + rounds);
      return 2;
    }
    if (!Wrk.installed()) {
      spec.commandLine().getErr().println("crm-sync: wrk is not installed (apt-get install wrk)");
      return 2;
    }
    // one log line per request would measure the console, not the gateway
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("crm-sync.requests")).setLevel(Level.WARN);
    Path scratch = Files.createTempDirectory("crm-sync-bench");
    try (Database database = Database.start(new DatabaseConfig(
        Optional.empty(), "postgres", "", scratch.resolve("postgres"), 0, 16))) {
      UUID tenant = UUID.randomUUID();
      long seeding = System.nanoTime();
      seed(database, tenant);
      out.printf("seeded %,d matched records in %.1f s%n", records, (System.nanoTime() - seeding) / 1e9);
      try (Gateway gateway = Gateway.start(ConfigLoader.fromMap(Map.of("http.port", "0", "sync.scheduler", "false")),
          database)) {
        measure(gateway, tenant, out);
      }
    } finally {
      TempFolders.delete(scratch);
    }
    return 0;
  }

  private void seed(Database database, UUID tenant) throws Exception {
    try (Connection connection = database.openConnection()) {
      for (String sql : new String[] {BenchmarkQueries.TENANT, BenchmarkQueries.RECORDS, BenchmarkQueries.MATCHES}) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          statement.setString(1, tenant.toString());
          if (!sql.equals(BenchmarkQueries.TENANT)) {
            statement.setInt(2, records);
          }
          statement.execute();
        }
      }
      connection.createStatement().execute(BenchmarkQueries.ANALYZE);
    }
  }

  private void measure(Gateway gateway, UUID tenant, PrintWriter out) throws Exception {
    int trivialPort = SharedPort.deploy(gateway.vertx(), gateway.config().eventLoops(), 0, TrivialEndpoint::new);
    String authorization = "Bearer " + new SessionTokens(gateway.vertx(), gateway.config().api().sessionSecret()
        .orElseThrow()).issue(new Caller(tenant, "Benchmark", "bench", Via.SESSION), 3600);
    int range = (int) (records * ID_SPREAD);
    String badges = "http://127.0.0.1:" + gateway.port() + "/api/v1/badges";
    String baseline = "http://127.0.0.1:" + trivialPort + TrivialEndpoint.PATH;
    loadLinks(gateway, authorization, range, out);
    Path script = script(authorization, range, 0);
    try {
      Wrk.run(badges, script, connections, WARMUP_SECONDS);
      Wrk.run(baseline, script, connections, WARMUP_SECONDS);
      WrkTurns closed = WrkTurns.take(baseline, badges, script, connections, seconds, rounds);
      out.printf("%nclosed loop (wrk, %d connections, %d turns of %d s per endpoint, %d ids per request, %d event "
          + "loops per server; event-loop CPU per request)%n", connections, rounds, seconds / rounds, ids,
          gateway.config().eventLoops());
      print(out, "trivial Vert.x endpoint (baseline)", closed.baseline().total(),
          String.format("%5.1f us", closed.baseline().cpuMicrosPerRequest()));
      print(out, "POST /api/v1/badges", closed.measured().total(), String.format(
          "%5.1f us   = %.0f%% of baseline (goal >= 50%%)", closed.measured().cpuMicrosPerRequest(),
          100 * closed.measured().total().requestsPerSecond() / closed.baseline().total().requestsPerSecond()));
      paced(out, baseline, badges, authorization, range, closed.measured().total().requestsPerSecond() / 2);
    } finally {
      Files.deleteIfExists(script);
    }
  }

  /**
   * Both endpoints at half the badge throughput: wrk paces each of its connections with a fixed pause, so the
   * latencies are those of a server that keeps up, not of a queue.
   */
  private void paced(PrintWriter out, String baseline, String badges, String authorization, int range, double rate)
      throws Exception {
    // each connection sends about once per pause and answer
    int pacedConnections = (int) Math.max(1, Math.round(rate * (PACE_MILLIS + 1) / 1000));
    Path script = script(authorization, range, PACE_MILLIS);
    try {
      WrkTurns paced = WrkTurns.take(baseline, badges, script, pacedConnections, seconds, rounds);
      out.printf("%npaced at half the badge throughput (wrk, %d connections, each pausing %d ms between requests, "
          + "aiming at %,.0f req/s; p99 of the worst turn)%n", pacedConnections, PACE_MILLIS, rate);
      print(out, "trivial Vert.x endpoint (baseline)", paced.baseline().total(), "");
      print(out, "POST /api/v1/badges", paced.measured().total(), "(goal: p99 < 10 ms)");
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private Path script(String authorization, int range, int delayMillis) throws Exception {
    return Wrk.script(authorization, """
        local function ids()
          local t = {}
          for i = 1, %d do t[i] = string.format('"p%%07d"', math.random(1, %d)) end
          return table.concat(t, ",")
        end""".formatted(ids, range), "'{\"people\":[' .. ids() .. ']}'", delayMillis);
  }

  /**
   * The first badge call of a tenant loads its links into memory; the measurement starts once they are, and the
   * heap they take is printed (used heap after a full GC, before and after).
   */
  private void loadLinks(Gateway gateway, String authorization, int range, PrintWriter out) throws Exception {
    long heapBefore = usedHeapAfterGc();
    long start = System.nanoTime();
    HttpClient client = HttpClient.newHttpClient();
    URI base = URI.create("http://127.0.0.1:" + gateway.port());
    HttpResponse<String> first = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/badges"))
        .header("Authorization", authorization).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body(range))).build(), HttpResponse.BodyHandlers.ofString());
    if (first.statusCode() != 200) {
      throw new IllegalStateException("the first badge call answered " + first.statusCode() + ": " + first.body());
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(LOAD_TIMEOUT_MINUTES);
    while (linksInMemory(client, base) < records) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the links were not in memory after " + LOAD_TIMEOUT_MINUTES + " minutes");
      }
      Thread.sleep(LOAD_POLL_MILLIS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = usedHeapAfterGc() - heapBefore;
    out.printf("links in memory: %,d in %.1f s, heap %,d MB (%,d bytes per link)%n", records, seconds, bytes >> 20,
        bytes / records);
  }

  private static double linksInMemory(HttpClient client, URI base) throws Exception {
    String metrics = client.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher held = LINKS_GAUGE.matcher(metrics);
    return held.find() ? Double.parseDouble(held.group(1)) : 0;
  }

  private static long usedHeapAfterGc() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void print(PrintWriter out, String label, Wrk.Result result, String more) {
    out.printf("  %-34s %,10.0f req/s   p50 %6.2f ms   p99 %7.2f ms   failed %d   %s%n", label,
        result.requestsPerSecond(), result.p50Millis(), result.p99Millis(), result.failed(), more);
  }

  private String body(int range) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return IntStream.range(0, ids).mapToObj(i -> "\"p%07d\"".formatted(random.nextInt(1, range + 1)))
        .collect(Collectors.joining(",", "{\"people\":[", "]}"));
  }
}
