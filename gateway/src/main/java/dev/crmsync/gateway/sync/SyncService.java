package dev.crmsync.gateway.sync;

import dev.crmsync.gateway.config.SalesforceConfig;
import dev.crmsync.gateway.connect.SalesforceAccess;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.salesforce.bulk.PollSettings;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs syncs on threads of its own (they block on JDBC and on Salesforce futures, which only non-Vert.x threads
 * may): on a schedule per tenant, and on demand ("sync now"). A tenant runs at most once at a time: here by a
 * set of running tenants, across nodes by a PostgreSQL advisory lock.
 */
public final class SyncService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
  /** How often the scheduler looks for tenants whose interval has passed. */
  static final long TICK_MILLIS = 15_000;
  private static final int SYNC_THREADS = 2;

  private final Vertx vertx;
  private final Pool pool;
  private final SyncRun sync;
  private final ExecutorService threads;
  private final Set<UUID> running = ConcurrentHashMap.newKeySet();
  private long timer = -1;

  SyncService(Vertx vertx, Pool pool, SyncRun sync) {
    this.vertx = vertx;
    this.pool = pool;
    this.sync = sync;
    AtomicInteger count = new AtomicInteger();
    this.threads = Executors.newFixedThreadPool(SYNC_THREADS,
        task -> new Thread(task, "crm-sync-sync-" + count.incrementAndGet()));
  }

  public static SyncService create(Vertx vertx, Pool pool, Database database, SalesforceAccess access,
      SalesforceConfig.Sync settings, SyncListener listener) {
    return new SyncService(vertx, pool,
        new SyncRun(database, access, settings, listener, Checkpoints.NONE, PollSettings.defaults()));
  }

  /** Starts a sync of the tenant now; fails with 409 when one is already running here. */
  public Future<RunResult> syncNow(UUID tenantId) {
    return submit(tenantId, false);
  }

  /** Like {@link #syncNow}, with the key scans whether they are due or not. */
  public Future<RunResult> syncNowWithKeyScan(UUID tenantId) {
    return submit(tenantId, true);
  }

  private Future<RunResult> submit(UUID tenantId, boolean keyScan) {
    if (!running.add(tenantId)) {
      return Future.failedFuture(new ApiException(409, "SYNC_RUNNING", "a sync of tenant " + tenantId + " is running"));
    }
    Context context = vertx.getOrCreateContext();
    Promise<RunResult> done = Promise.promise();
    threads.execute(() -> {
      try {
        RunResult result = sync.run(tenantId, keyScan);
        context.runOnContext(v -> done.complete(result));
      } catch (Throwable e) {
        LOG.error("sync of tenant {} failed", tenantId, e);
        context.runOnContext(v -> done.fail(e));
      } finally {
        running.remove(tenantId);
      }
    });
    return done.future();
  }

  /** Looks for due tenants every {@value #TICK_MILLIS} ms, starting each one's sync. */
  public void startScheduler() {
    timer = vertx.setPeriodic(0, TICK_MILLIS, id -> pool.query(SyncStatusQueries.DUE_TENANTS).execute()
        .onSuccess(rows -> rows.forEach(row -> {
          UUID tenant = row.getUUID(0);
          if (!running.contains(tenant)) {
            submit(tenant, false);
          }
        }))
        .onFailure(e -> LOG.warn("cannot look for tenants to sync", e)));
  }

  public boolean running(UUID tenantId) {
    return running.contains(tenantId);
  }

  @Override
  public void close() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    threads.shutdownNow();
  }
}
