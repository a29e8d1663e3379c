package dev.crmsync.gateway.badges;

import dev.crmsync.api.CrmRef;
import dev.crmsync.api.ProfileIds;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.web.SalesforceIds;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CRM records of a tenant that directory profiles are linked to. A badge call must not wait for PostgreSQL,
 * so the first call of a tenant loads its MATCH links into memory (answering from PostgreSQL meanwhile), and
 * {@link LinkNotifications} keeps the copy current from then on. While notifications do not flow, every answer
 * comes from PostgreSQL.
 */
public final class CrmLinks {
  private static final Logger LOG = LoggerFactory.getLogger(CrmLinks.class);

  private final Vertx vertx;
  private final Pool pool;
  private final LinkLoader loader;
  private final Map<UUID, Copy> copies = new ConcurrentHashMap<>();
  private volatile boolean listening;

  public CrmLinks(Vertx vertx, Pool pool, Database database) {
    this.vertx = vertx;
    this.pool = pool;
    this.loader = new LinkLoader(database);
  }

  /** A profile asked about and its link; {@code crm} is null when it is not in the CRM. */
  public record ProfileLink(ProfileKind kind, String id, CrmRef crm, List<String> staleReasons) {
  }

  /** One entry per id asked: people first, then companies, each in the order given. */
  public Future<List<ProfileLink>> of(UUID tenantId, ProfileIds ids) {
    TenantLinks links = held(tenantId);
    return links == null ? query(tenantId, ids) : Future.succeededFuture(lookup(links, ids));
  }

  /** The answer of a badge call for these ids: what {@link #of} finds, as the document's {@code Badges}. */
  Future<Buffer> badges(UUID tenantId, ProfileIds ids) {
    TenantLinks links = held(tenantId);
    return links == null ? query(tenantId, ids).map(BadgeAnswer::of) : Future.succeededFuture(links.badges(ids));
  }

  /** The tenant's links in memory; null while they are loading or changes do not reach them. */
  private TenantLinks held(UUID tenantId) {
    return listening ? copy(tenantId).links : null;
  }

  /**
   * Brings the in-memory links of these profiles up to date with PostgreSQL. A writer awaits it before answering,
   * so that its caller's next badge call on this node already shows the change; other nodes follow the
   * notification.
   */
  public Future<Void> refresh(UUID tenantId, ProfileIds ids) {
    Copy copy = copies.get(tenantId);
    // a failed patch drops the copy, so the write it follows is still seen: never fail the writer for it
    return copy == null ? Future.succeededFuture() : copy.then(() -> patch(tenantId, copy, ids)).otherwiseEmpty();
  }

  /** Reads the tenant's links again, if they are held: too many changed at once to patch them one by one. */
  void reload(UUID tenantId) {
    Copy copy = copies.get(tenantId);
    if (copy != null) {
      copy.then(() -> load(tenantId, copy));
    }
  }

  /**
   * Whether change notifications arrive. Either way the copies are dropped: changes made while nobody listened
   * never reach them, so they are loaded again on their next use.
   */
  void listening(boolean now) {
    listening = now;
    copies.clear();
  }

  /** How many links all copies hold, for the metrics. */
  public int inMemory() {
    return copies.values().stream().mapToInt(copy -> copy.links == null ? 0 : copy.links.size()).sum();
  }

  private Copy copy(UUID tenantId) {
    return copies.computeIfAbsent(tenantId, id -> {
      Copy copy = new Copy();
      copy.then(() -> load(id, copy));
      return copy;
    });
  }

  private Future<Void> load(UUID tenantId, Copy copy) {
    return vertx.executeBlocking(() -> loader.load(tenantId), false)
        .onSuccess(links -> copy.links = links)
        .onFailure(failure -> forget(tenantId, copy, failure))
        .mapEmpty();
  }

  private Future<Void> patch(UUID tenantId, Copy copy, ProfileIds ids) {
    TenantLinks links = copy.links;
    if (links == null) {
      return Future.succeededFuture(); // not loaded yet: the load reads what PostgreSQL says now
    }
    return query(tenantId, ids)
        .onSuccess(current -> {
          current.forEach(links::apply);
          if (links.worthReloading()) {
            reload(tenantId);
          }
        })
        .onFailure(failure -> forget(tenantId, copy, failure))
        .mapEmpty();
  }

  /** A copy that missed a change cannot be trusted; the next call loads a new one. */
  private void forget(UUID tenantId, Copy copy, Throwable failure) {
    LOG.warn("in-memory links of tenant {} dropped: {}", tenantId, failure.toString());
    copies.remove(tenantId, copy);
  }

  private static List<ProfileLink> lookup(TenantLinks links, ProfileIds ids) {
    List<ProfileLink> found = new ArrayList<>(ids.size());
    ids.people().forEach(id -> found.add(links.lookup(ProfileKind.PERSON, id)));
    ids.companies().forEach(id -> found.add(links.lookup(ProfileKind.COMPANY, id)));
    return found;
  }

  private Future<List<ProfileLink>> query(UUID tenantId, ProfileIds ids) {
    return pool.preparedQuery(BadgeQueries.LINKS_OF_PROFILES)
        .execute(Tuple.of(tenantId, ids.people().toArray(String[]::new), ids.companies().toArray(String[]::new)))
        .map(rows -> {
          Map<String, ProfileLink> found = new HashMap<>();
          rows.forEach(row -> found.put(row.getString("profile_kind") + ":" + row.getString("profile_id"), link(row)));
          List<ProfileLink> links = new ArrayList<>(ids.size());
          ids.people().forEach(id -> links.add(found.getOrDefault("PERSON:" + id, unlinked(ProfileKind.PERSON, id))));
          ids.companies().forEach(id ->
              links.add(found.getOrDefault("COMPANY:" + id, unlinked(ProfileKind.COMPANY, id))));
          return links;
        });
  }

  static ProfileLink unlinked(ProfileKind kind, String id) {
    return new ProfileLink(kind, id, null, List.of());
  }

  /** A profile linked to a record, with the deep link to the record on the tenant's instance. */
  static ProfileLink linked(ProfileKind kind, String id, String sobject, String sfId, String instanceUrl,
      List<String> staleReasons) {
    return new ProfileLink(kind, id, new CrmRef(sobject, sfId, SalesforceIds.lightningUrl(instanceUrl, sobject, sfId)),
        staleReasons);
  }

  private static ProfileLink link(Row row) {
    return linked(ProfileKind.valueOf(row.getString("profile_kind")), row.getString("profile_id"),
        row.getString("sobject"), row.getString("sf_id"), row.getString("instance_url"),
        StaleReasons.describe(row.getValue("stale_reasons")));
  }

  /** One tenant's copy and the queue of what changes it, so that loads and patches apply in order. */
  private static final class Copy {
    private volatile TenantLinks links;
    private Future<Void> tail = Future.succeededFuture();

    synchronized Future<Void> then(Supplier<Future<Void>> step) {
      tail = tail.transform(previous -> step.get());
      return tail;
    }
  }
}
