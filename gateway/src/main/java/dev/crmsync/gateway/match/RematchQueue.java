package dev.crmsync.gateway.match;

import dev.crmsync.gateway.directory.DirectoryChangeListener;
import dev.crmsync.gateway.directory.DirectoryChanges;
import dev.crmsync.gateway.sync.ChangeSet;
import dev.crmsync.gateway.sync.SyncListener;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what syncs and directory imports change into incremental rematches. Changes arrive per committed batch,
 * from import threads; they are gathered per tenant for {@link #GATHER_MILLIS} and matched together, so a sync of
 * many batches costs a few rematches, not one per batch. One rematch per tenant runs at a time; what arrives
 * meanwhile waits for the next. A directory change concerns every connected tenant.
 */
public final class RematchQueue implements SyncListener, DirectoryChangeListener {
  static final long GATHER_MILLIS = 1_000;
  static final String CONNECTED_TENANTS = "SELECT id FROM tenant WHERE sf_org_id IS NOT NULL AND disconnected_at IS NULL";
  private static final Logger LOG = LoggerFactory.getLogger(RematchQueue.class);

  private final Vertx vertx;
  private final Pool pool;
  private final MatchService matching;
  private final Map<UUID, PendingChanges> pending = new ConcurrentHashMap<>();

  public RematchQueue(Vertx vertx, Pool pool, MatchService matching) {
    this.vertx = vertx;
    this.pool = pool;
    this.matching = matching;
  }

  @Override
  public void changed(ChangeSet changes) {
    PendingChanges tenant = pendingOf(changes.tenantId());
    tenant.addRecords(changes.changedIds());
    tenant.addRecords(changes.deletedIds());
    schedule(changes.tenantId(), tenant);
  }

  @Override
  public void changed(DirectoryChanges changes) {
    Set<String> profiles = ConcurrentHashMap.newKeySet();
    profiles.addAll(changes.upsertedPeople());
    profiles.addAll(changes.upsertedCompanies());
    profiles.addAll(changes.deletedPeople());
    profiles.addAll(changes.deletedCompanies());
    pool.query(CONNECTED_TENANTS).execute()
        .onSuccess(rows -> rows.forEach(row -> addProfiles(row, profiles)))
        .onFailure(e -> LOG.error("cannot list tenants to rematch after a directory change", e));
  }

  private void addProfiles(Row row, Collection<String> profiles) {
    UUID tenantId = row.getUUID(0);
    PendingChanges tenant = pendingOf(tenantId);
    tenant.addProfiles(profiles);
    schedule(tenantId, tenant);
  }

  private PendingChanges pendingOf(UUID tenantId) {
    return pending.computeIfAbsent(tenantId, id -> new PendingChanges());
  }

  private void schedule(UUID tenantId, PendingChanges tenant) {
    if (tenant.claimTimer()) {
      vertx.setTimer(GATHER_MILLIS, timer -> rematch(tenantId, tenant));
    }
  }

  private void rematch(UUID tenantId, PendingChanges tenant) {
    PendingChanges.Drained work = tenant.drain();
    Future<?> records = work.records().isEmpty() ? Future.succeededFuture()
        : matching.matchRecordsLater(vertx, tenantId, work.records()).onSuccess(s -> log(tenantId, "records", s));
    records
        .compose(done -> work.profiles().isEmpty() ? Future.succeededFuture()
            : matching.matchProfilesLater(vertx, tenantId, work.profiles()).onSuccess(s -> log(tenantId, "profiles", s)))
        .onFailure(e -> LOG.error("rematch of tenant {} failed ({} records, {} profiles); a full rematch repairs it",
            tenantId, work.records().size(), work.profiles().size(), e))
        .onComplete(done -> {
          if (tenant.releaseTimer()) {
            schedule(tenantId, tenant);
          }
        });
  }

  private static void log(UUID tenantId, String scope, MatchSummary summary) {
    LOG.info("rematched tenant {} after changed {}: {}", tenantId, scope, summary);
  }
}
