package dev.crmsync.gateway.sync;

import dev.crmsync.gateway.config.SalesforceConfig;
import dev.crmsync.gateway.connect.SalesforceAccess;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.salesforce.bulk.BulkJobException;
import dev.crmsync.salesforce.bulk.BulkQueryClient;
import dev.crmsync.salesforce.bulk.BulkQueryReader;
import dev.crmsync.salesforce.bulk.PollSettings;
import dev.crmsync.salesforce.bulk.QueryOperation;
import dev.crmsync.salesforce.http.SalesforceApi;
import dev.crmsync.salesforce.http.SalesforceApiException;
import dev.crmsync.salesforce.http.Session;
import dev.crmsync.salesforce.limits.ApiBudget;
import dev.crmsync.salesforce.limits.UsageMeter;
import dev.crmsync.salesforce.rest.RestClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync of one tenant, blocking (run it on a sync thread, never an event loop): takes the tenant's lock,
 * records the run, imports each object from its watermark, runs the key scans when due, and stops cleanly when
 * the API budget is used up. An object that fails is reported and the others still run.
 */
final class SyncRun {
  private static final Logger LOG = LoggerFactory.getLogger(SyncRun.class);
  private static final long CALL_TIMEOUT_SECONDS = 300;
  static final int LANES = 2;
  private static final int LOCK_ATTEMPTS = 20;
  private static final long LOCK_RETRY_MILLIS = 100;

  private final Database database;
  private final SalesforceAccess access;
  private final SalesforceConfig.Sync settings;
  private final SyncListener listener;
  private final Checkpoints checkpoints;
  private final PollSettings poll;

  SyncRun(Database database, SalesforceAccess access, SalesforceConfig.Sync settings, SyncListener listener,
      Checkpoints checkpoints, PollSettings poll) {
    this.database = database;
    this.access = access;
    this.settings = settings;
    this.listener = listener;
    this.checkpoints = checkpoints;
    this.poll = poll;
  }

  RunResult run(UUID tenantId, boolean keyScanNow) throws SQLException {
    try (Connection connection = database.openConnection()) {
      if (!tryLock(connection, tenantId)) {
        return RunResult.busy();
      }
      update(connection, SyncQueries.INTERRUPT_STALE_RUNS, tenantId);
      SyncMode mode = mode(connection, tenantId, keyScanNow);
      long runId = startRun(connection, tenantId, mode);
      connection.setAutoCommit(false);
      try (Statement ddl = connection.createStatement()) {
        ddl.execute(SyncQueries.CREATE_STAGE);
        ddl.execute(SyncQueries.CREATE_KEYS);
      }
      connection.commit();
      RunContext run = new RunContext(connection, tenantId, runId, settings.batchRows(), new ObjectCounts(),
          new UsageMeter(), new ApiBudget(settings.budgetShare()), listener, checkpoints);
      Outcome outcome = objects(run, mode);
      finish(run, outcome);
      LOG.info("sync {} of tenant {} ({}): {}{}", runId, tenantId, mode, outcome.status(),
          outcome.error().map(e -> " - " + e).orElse(""));
      return new RunResult(Optional.of(runId), outcome.status(), outcome.error());
    }
  }

  private record Outcome(String status, Optional<String> error) {
  }

  private Outcome objects(RunContext run, SyncMode mode) {
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    try {
      Session session = access.syncSession(run.tenantId()).await(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      SalesforceApi api = access.api(session, run.meter());
      RestClient rest = new RestClient(api);
      BulkQueryReader reader = new BulkQueryReader(new BulkQueryClient(access.vertx(), api, poll),
          settings.pageRecords());
      rest.dailyApiRequests().await(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      Map<String, List<String>> custom = customFields(run);
      Lanes lanes = new Lanes(mode, rest, reader, custom, errors);
      boolean budgetStopped = lanes.run(run);
      if (budgetStopped) {
        return budgetStop(run, errors);
      }
    } catch (SalesforceApiException e) {
      if (e.requestLimitExceeded()) {
        errors.add(e.getMessage());
        return new Outcome("BUDGET_STOPPED", Optional.of(String.join("; ", errors)));
      }
      errors.add(e.getMessage());
    } catch (Exception e) {
      errors.add(String.valueOf(e.getMessage()));
      LOG.warn("sync {} of tenant {} failed", run.runId(), run.tenantId(), e);
    }
    return errors.isEmpty()
        ? new Outcome("SUCCEEDED", Optional.empty())
        : new Outcome("FAILED", Optional.of(String.join("; ", errors)));
  }

  /**
   * Objects imported {@value #LANES} at a time, each lane on a connection of its own, the largest objects first:
   * while one lane waits for Salesforce to prepare a page, the other imports. Objects are independent (each has
   * its own watermark), so the lanes share nothing but the run's counts and meter.
   */
  private final class Lanes {
    private final SyncMode mode;
    private final RestClient rest;
    private final BulkQueryReader reader;
    private final Map<String, List<String>> custom;
    private final List<String> errors;
    private final Queue<SyncObject> objects = new ConcurrentLinkedQueue<>(SyncObjects.LARGEST_FIRST);
    private final AtomicBoolean budgetStopped = new AtomicBoolean();
    private final AtomicBoolean failed = new AtomicBoolean();

    Lanes(SyncMode mode, RestClient rest, BulkQueryReader reader, Map<String, List<String>> custom,
        List<String> errors) {
      this.mode = mode;
      this.rest = rest;
      this.reader = reader;
      this.custom = custom;
      this.errors = errors;
    }

    /**
     * Runs the lanes to the end; true when the budget stopped them. When a lane fails, the others take no new
     * object, every lane is waited for (none outlives the run), and the first failure is rethrown.
     */
    boolean run(RunContext run) throws Exception {
      ExecutorService threads = Executors.newFixedThreadPool(LANES);
      try {
        List<Future<Void>> lanes = new ArrayList<>();
        for (int i = 0; i < LANES; i++) {
          lanes.add(threads.submit(() -> lane(run)));
        }
        Throwable first = null;
        for (Future<Void> lane : lanes) {
          try {
            lane.get();
          } catch (ExecutionException e) {
            first = first == null ? e.getCause() : first;
          }
        }
        if (first instanceof Error error) {
          throw error;
        }
        if (first != null) {
          throw (Exception) first;
        }
        return budgetStopped.get();
      } finally {
        threads.shutdown();
      }
    }

    private Void lane(RunContext main) throws Exception {
      try (Connection connection = database.openConnection()) {
        connection.setAutoCommit(false);
        try (Statement ddl = connection.createStatement()) {
          ddl.execute(SyncQueries.CREATE_STAGE);
          ddl.execute(SyncQueries.CREATE_KEYS);
        }
        connection.commit();
        RunContext run = main.on(connection);
        for (SyncObject object = objects.poll(); object != null && !budgetStopped.get() && !failed.get();
            object = objects.poll()) {
          if (run.budget().exhausted(run.meter()) || !syncObject(run, object)) {
            budgetStopped.set(true);
          }
        }
        return null;
      } catch (Exception | Error e) {
        failed.set(true);
        throw e;
      }
    }

    /** Imports one object (and scans its keys when due); false when the budget stopped it. */
    private boolean syncObject(RunContext run, SyncObject object) throws Exception {
      try {
        return importObject(run, object, rest, reader, custom.getOrDefault(object.name(), List.of()))
            && (mode == SyncMode.INCREMENTAL || !object.keyScanned() || keyScan(run, object, reader));
      } catch (SalesforceApiException e) {
        if (e.requestLimitExceeded() || e.sessionInvalid()) {
          throw e;
        }
        errors.add(object.name() + ": " + e.getMessage());
      } catch (BulkJobException e) {
        errors.add(object.name() + ": " + e.getMessage());
      }
      return true;
    }
  }

  private static Outcome budgetStop(RunContext run, List<String> errors) {
    List<String> all = new ArrayList<>(errors);
    all.add("stopped at " + run.meter().latest().map(Object::toString).orElse("?")
        + " daily API requests, the configured share; the next run resumes");
    return new Outcome("BUDGET_STOPPED", Optional.of(String.join("; ", all)));
  }

  /** Imports one object; false when the budget stopped it before its last page. */
  private boolean importObject(RunContext run, SyncObject object, RestClient rest, BulkQueryReader reader,
      List<String> customFields) throws Exception {
    List<String> orgFields = rest.fieldNames(object.name()).await(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    List<String> select = object.selectList(new HashSet<>(orgFields), customFields);
    String soql = "SELECT " + String.join(", ", select) + " FROM " + object.name()
        + watermark(run, object).map(since -> " WHERE SystemModstamp >= " + soqlDateTime(since)).orElse("");
    ObjectImport importer = new ObjectImport(run, object);
    long started = System.nanoTime();
    try {
      BulkQueryReader.Outcome outcome = reader.read(soql, QueryOperation.QUERY_ALL, importer);
      importer.finish(outcome.complete());
      LOG.info("sync {}: {} rows of {} read in {} ms", run.runId(), outcome.rows(), object.name(),
          (System.nanoTime() - started) / 1_000_000);
      return outcome.complete();
    } catch (Exception e) {
      importer.abandon();
      run.connection().rollback();
      throw e;
    }
  }

  private boolean keyScan(RunContext run, SyncObject object, BulkQueryReader reader) throws Exception {
    KeyScan scan = new KeyScan(run, object);
    try {
      BulkQueryReader.Outcome outcome = reader.read(scan.soql(), QueryOperation.QUERY, scan);
      scan.finish(outcome.complete());
      return outcome.complete();
    } catch (Exception e) {
      scan.abandon();
      run.connection().rollback();
      throw e;
    }
  }

  /** The watermark minus the overlap, floored to the second (SOQL datetimes carry no milliseconds). */
  private Optional<Instant> watermark(RunContext run, SyncObject object) throws SQLException {
    try (PreparedStatement query = run.connection().prepareStatement(SyncQueries.WATERMARK)) {
      query.setObject(1, run.tenantId());
      query.setString(2, object.name());
      try (ResultSet rs = query.executeQuery()) {
        Optional<Instant> found = rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
        run.connection().commit();
        return found.map(mark -> mark.minus(settings.overlap()).truncatedTo(ChronoUnit.SECONDS));
      }
    }
  }

  static String soqlDateTime(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static Map<String, List<String>> customFields(RunContext run) throws SQLException {
    Map<String, List<String>> fields = new HashMap<>();
    try (PreparedStatement query = run.connection().prepareStatement(SyncQueries.CUSTOM_FIELDS)) {
      query.setObject(1, run.tenantId());
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          fields.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    run.connection().commit();
    return fields;
  }

  private SyncMode mode(Connection connection, UUID tenantId, boolean keyScanNow) throws SQLException {
    if (!exists(connection, SyncQueries.HAS_WATERMARK, tenantId)) {
      return SyncMode.FULL;
    }
    if (keyScanNow) {
      return SyncMode.KEY_SCAN;
    }
    try (PreparedStatement query = connection.prepareStatement(SyncQueries.LAST_FULL_KEY_SET)) {
      query.setObject(1, tenantId);
      try (ResultSet rs = query.executeQuery()) {
        Timestamp last = rs.next() ? rs.getTimestamp(1) : null;
        boolean due = last == null || last.toInstant().plus(settings.keyScanInterval()).isBefore(Instant.now());
        return due ? SyncMode.KEY_SCAN : SyncMode.INCREMENTAL;
      }
    }
  }

  private void finish(RunContext run, Outcome outcome) throws SQLException {
    run.connection().rollback();
    try (PreparedStatement finish = run.connection().prepareStatement(SyncQueries.FINISH_RUN)) {
      finish.setString(1, outcome.status());
      finish.setString(2, run.counts().toJson().encode());
      finish.setLong(3, run.meter().calls());
      finish.setString(4, outcome.error().orElse(null));
      finish.setLong(5, run.runId());
      finish.executeUpdate();
    }
    run.connection().commit();
  }

  /**
   * Takes the tenant's lock, waiting a moment for it: the session of a run that just ended (or died) may still
   * hold it while the server closes that session.
   */
  private static boolean tryLock(Connection connection, UUID tenantId) throws SQLException {
    for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
      if (exists(connection, SyncQueries.TRY_LOCK, tenantId)) {
        return true;
      }
      try {
        Thread.sleep(LOCK_RETRY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static boolean exists(Connection connection, String sql, UUID tenantId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, tenantId);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private static void update(Connection connection, String sql, UUID tenantId) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setObject(1, tenantId);
      update.executeUpdate();
    }
  }

  private static long startRun(Connection connection, UUID tenantId, SyncMode mode) throws SQLException {
    try (PreparedStatement start = connection.prepareStatement(SyncQueries.START_RUN)) {
      start.setObject(1, tenantId);
      start.setString(2, mode.name());
      try (ResultSet rs = start.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
