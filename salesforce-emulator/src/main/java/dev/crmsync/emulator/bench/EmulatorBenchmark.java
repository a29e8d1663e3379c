package dev.crmsync.emulator.bench;

import dev.crmsync.emulator.EmulatorConfig;
import dev.crmsync.emulator.EmulatorServer;
import dev.crmsync.emulator.generate.DirectorySink;
import dev.crmsync.emulator.generate.GenerationCounts;
import dev.crmsync.emulator.generate.GeneratorSpec;
import dev.crmsync.emulator.generate.OrgGenerator;
import dev.crmsync.emulator.generate.TruthSink;
import dev.crmsync.emulator.org.ExportFolder;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.Table;
import dev.crmsync.emulator.org.Users;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Measures the emulator on a generated org: generation into the store, a save and a reload from the export
 * folder (the start-up of {@code --org DIR}), the heap the records take, and a Bulk API 2.0 query of all Leads
 * read over HTTP and parsed as a client would. The baseline, measured in the same run, is commons-csv writing
 * the same Lead rows to nowhere: the floor for any server that writes CSV.
 */
public final class EmulatorBenchmark {
  private static final List<String> LEAD_FIELDS = List.of("Id", "FirstName", "LastName", "Company", "Title",
      "Email", "Phone", "City", "Country", "Status", "OwnerId", "IsConverted", "IsDeleted", "SystemModstamp");
  private static final String LEAD_QUERY = "SELECT " + String.join(", ", LEAD_FIELDS) + " FROM Lead";

  private final PrintWriter out;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public EmulatorBenchmark(PrintWriter out) {
    this.out = out;
  }

  /** Runs the benchmark on an org of about {@code crmRecords} records. */
  public void run(long crmRecords, long seed) throws Exception {
    GeneratorSpec spec = GeneratorSpec.forTotal(seed, crmRecords, 1);
    Phase started = Phase.start();
    Org generated = new Org(EmulatorConfig.defaults().org());
    GenerationCounts counts = OrgGenerator.generate(spec, generated.sink(), DirectorySink.NONE, TruthSink.NONE);
    report("generate into the store", counts.crmTotal(), started);

    Path folder = Files.createTempDirectory("emulator-benchmark");
    try {
      started = Phase.start();
      ExportFolder.save(generated, folder);
      report("save as an export folder", counts.crmTotal(), started);
      generated = null;
      long before = usedHeap();
      started = Phase.start();
      Org org = new Org(EmulatorConfig.defaults().org());
      long loaded = ExportFolder.load(folder, org);
      report("start-up: load the export folder", loaded, started);
      long heap = usedHeap() - before;
      out.printf("%-42s %,10d records  %,d MB (%,d bytes per record)%n", "heap of the loaded org", loaded,
          heap / (1024 * 1024), heap / Math.max(1, loaded));
      bulkQuery(org);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private void bulkQuery(Org org) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      EmulatorServer server = EmulatorServer.start(vertx, EmulatorConfig.defaults(), org).await(1, TimeUnit.MINUTES);
      String token = token(server);
      int leads = org.read(() -> org.table("Lead").map(Table::size).orElse(0));
      Phase started = Phase.start();
      long rows = bulkRows(server, token);
      report("Bulk query of all Leads over HTTP", rows, started);
      if (rows != leads) {
        throw new IllegalStateException("the Bulk query returned " + rows + " of " + leads + " leads");
      }
      started = Phase.start();
      long written = baseline(org);
      report("baseline: commons-csv, same rows, no I/O", written, started);
      server.close().await(1, TimeUnit.MINUTES);
    } finally {
      vertx.close().await(1, TimeUnit.MINUTES);
    }
  }

  private String token(EmulatorServer server) throws Exception {
    String form = "grant_type=password&client_id=" + encode(server.app().clientId()) + "&client_secret="
        + encode(server.app().clientSecret()) + "&username=" + encode(Users.INTEGRATION_USERNAME)
        + "&password=" + encode(server.config().oauth().defaultPassword());
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
            + "/services/oauth2/token")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    return new JsonObject(answer.body()).getString("access_token");
  }

  /** Creates the job, polls it to completion and reads every page with a streaming CSV parser. */
  private long bulkRows(EmulatorServer server, String token) throws Exception {
    String jobs = server.baseUrl() + "/services/data/v60.0/jobs/query";
    String created = http.send(authorized(URI.create(jobs), token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("operation", "query")
            .put("query", LEAD_QUERY).encode())).build(), HttpResponse.BodyHandlers.ofString()).body();
    String jobId = new JsonObject(created).getString("id");
    String state = "";
    while (!state.equals("JobComplete")) {
      state = new JsonObject(http.send(authorized(URI.create(jobs + "/" + jobId), token).GET().build(),
          HttpResponse.BodyHandlers.ofString()).body()).getString("state");
      if (state.equals("Failed") || state.equals("Aborted")) {
        throw new IllegalStateException("the benchmark job ended " + state);
      }
    }
    long rows = 0;
    String locator = "";
    while (!locator.equals("null")) {
      URI page = URI.create(jobs + "/" + jobId + "/results" + (locator.isEmpty() ? "" : "?locator=" + locator));
      HttpResponse<InputStream> answer = http.send(authorized(page, token).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      locator = answer.headers().firstValue("Sforce-Locator").orElseThrow();
      try (CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(answer.body(),
          StandardCharsets.UTF_8)).setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
          .get()) {
        for (var record : parser) {
          rows += record.size() > 0 ? 1 : 0;
        }
      }
    }
    return rows;
  }

  /** Writes the same Lead columns with commons-csv to a writer that discards everything. */
  private long baseline(Org org) throws Exception {
    List<String[]> rows = new ArrayList<>();
    int[] columns = org.read(() -> {
      Table leads = org.table("Lead").orElseThrow();
      leads.forEach(row -> {
        if (!leads.isDeleted(row)) {
          rows.add(row);
        }
      });
      return LEAD_FIELDS.stream().mapToInt(field -> leads.schema().column(field)).toArray();
    });
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setQuoteMode(QuoteMode.ALL).get();
    try (Writer sink = new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
         CSVPrinter printer = new CSVPrinter(sink, format)) {
      Object[] values = new Object[columns.length];
      for (String[] row : rows) {
        for (int i = 0; i < columns.length; i++) {
          String value = Table.value(row, columns[i]);
          values[i] = value == null ? "" : value;
        }
        printer.printRecord(values);
      }
    }
    return rows.size();
  }

  private static HttpRequest.Builder authorized(URI uri, String token) {
    return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Prints wall time and the process's CPU time since {@code phase} began: the figure a shared machine keeps. */
  private void report(String what, long records, Phase phase) {
    double wall = (System.nanoTime() - phase.wallNanos()) / 1e9;
    double cpu = (processCpuNanos() - phase.cpuNanos()) / 1e9;
    out.printf("%-42s %,10d records  wall %6.2f s (%,9.0f/s)  cpu %6.2f s (%,9.0f/cpu-s)%n", what, records, wall,
        records / wall, cpu, records / Math.max(cpu, 1e-9));
    out.flush();
  }

  /** When a measured phase began, by the wall clock and by the process's CPU time. */
  private record Phase(long wallNanos, long cpuNanos) {
    static Phase start() {
      return new Phase(System.nanoTime(), processCpuNanos());
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
