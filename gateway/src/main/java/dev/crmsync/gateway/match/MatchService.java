package dev.crmsync.gateway.match;

import dev.crmsync.gateway.db.Database;
import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.match.CandidateSearch;
import dev.crmsync.match.Decision;
import dev.crmsync.match.ManualOverride;
import dev.crmsync.match.Matcher;
import dev.crmsync.match.MatcherFactory;
import dev.crmsync.match.Thresholds;
import dev.crmsync.match.Verdict;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Matches a tenant's CRM records to the directory and stores the links in {@code crm_match}: everything, the
 * records a sync changed, or the records a directory update could affect (those linked to the changed profiles
 * and those the profiles now find in the tenant's CRM index). Manual overrides always win; links of records
 * outside a run are kept and keep their profiles. The blocking methods run on the calling thread (never an event
 * loop); the {@code Future} methods run them on a worker. The indexes stay open from one run to the next, so a
 * run on an index that did not change searches the same reader, and reuses what was read from it.
 */
public final class MatchService implements AutoCloseable {
  private static final int PER_PROBE = 10;

  private final Database database;
  private final Path indexRoot;
  private final Schema schema;
  private final MatcherFactory factory;
  /** The directory index and each tenant's CRM index, by folder, opened on their first run. */
  private final Map<Path, SearchIndex> indexes = new HashMap<>();

  public MatchService(Database database, Path indexRoot, Nicknames nicknames, Thresholds thresholds) {
    this.database = database;
    this.indexRoot = indexRoot;
    this.schema = new Schema(nicknames);
    this.factory = new MatcherFactory(nicknames, thresholds, PER_PROBE);
  }

  public Future<MatchSummary> matchAllLater(Vertx vertx, UUID tenant) {
    return vertx.executeBlocking(() -> matchAll(tenant), false);
  }

  public Future<MatchSummary> matchRecordsLater(Vertx vertx, UUID tenant, Collection<String> sfIds) {
    return vertx.executeBlocking(() -> matchRecords(tenant, sfIds), false);
  }

  public Future<MatchSummary> matchProfilesLater(Vertx vertx, UUID tenant, Collection<String> profileIds) {
    return vertx.executeBlocking(() -> matchProfiles(tenant, profileIds), false);
  }

  /** Rematches every CRM record of the tenant, rebuilding its CRM index. */
  public MatchSummary matchAll(UUID tenant) throws SQLException {
    return run(tenant, Scope.ALL, Set.of());
  }

  /** Rematches the given CRM records (18-character ids), after a sync changed them. */
  public MatchSummary matchRecords(UUID tenant, Collection<String> sfIds) throws SQLException {
    return run(tenant, Scope.RECORDS, Set.copyOf(sfIds));
  }

  /** Rematches the CRM records the given directory profiles could affect, after the directory changed them. */
  public MatchSummary matchProfiles(UUID tenant, Collection<String> profileIds) throws SQLException {
    return run(tenant, Scope.PROFILES, Set.copyOf(profileIds));
  }

  private enum Scope { ALL, RECORDS, PROFILES }

  private synchronized MatchSummary run(UUID tenant, Scope scope, Set<String> changed) throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = database.openConnection()) {
      List<Entry> crm = MatchData.crmEntries(connection, tenant);
      MatchData.Directory directory = MatchData.directory(connection);
      Map<String, Entry> profiles = new HashMap<>();
      directory.people().forEach(p -> profiles.put(p.id(), p));
      directory.companies().forEach(c -> profiles.put(c.id(), c));
      SearchIndex directoryIndex = index(indexRoot.resolve("directory"));
      SearchIndex crmIndex = index(indexRoot.resolve("tenants").resolve(tenant.toString()));
      syncDirectoryIndex(directoryIndex, profiles, scope, changed);
      syncCrmIndex(crmIndex, crm, scope, changed);
      Matcher matcher = factory.build(crm, directory.people(), directory.companies(), directoryIndex,
          profiles::get);
      Map<String, String> links = MatchData.links(connection, tenant);
      List<ManualOverride> overrides = MatchData.overrides(connection, tenant);
      Set<String> targets = targets(scope, changed, crm, links, profiles, crmIndex);
      widenToHoldersOfPinnedProfiles(targets, overrides, links);
      Set<String> held = new HashSet<>();
      links.forEach((record, profile) -> {
        if (!targets.contains(record)) {
          held.add(profile);
        }
      });
      List<Entry> toMatch = crm.stream().filter(e -> targets.contains(e.id())).toList();
      List<ManualOverride> relevant = overrides.stream().filter(o -> targets.contains(o.crmId())).toList();
      List<Decision> decisions = matcher.match(toMatch, profiles::get, relevant, held);
      MatchWriter.replace(connection, tenant, targets, decisions);
      int matches = (int) decisions.stream().filter(d -> d.verdict() == Verdict.MATCH).count();
      return new MatchSummary(targets.size(), matches, decisions.size() - matches,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  private SearchIndex index(Path folder) {
    return indexes.computeIfAbsent(folder, f -> SearchIndex.open(f, schema));
  }

  /** Closes the indexes (committing them), after the run in progress if any. */
  @Override
  public synchronized void close() {
    indexes.values().forEach(SearchIndex::close);
    indexes.clear();
  }

  private static void syncDirectoryIndex(SearchIndex index, Map<String, Entry> profiles, Scope scope,
      Set<String> changed) {
    if (index.size() != profiles.size()) {
      index.rebuild(profiles.values().iterator());
    } else if (scope == Scope.PROFILES) {
      for (String id : changed) {
        Entry profile = profiles.get(id);
        if (profile == null) {
          index.delete(id);
        } else {
          index.upsert(profile);
        }
      }
      index.commit();
    }
    index.refresh();
  }

  private static void syncCrmIndex(SearchIndex index, List<Entry> crm, Scope scope, Set<String> changed) {
    if (scope == Scope.ALL || index.size() != crm.size()) {
      index.rebuild(crm.iterator());
    } else if (scope == Scope.RECORDS) {
      Set<String> present = new HashSet<>();
      crm.stream().filter(e -> changed.contains(e.id())).forEach(e -> {
        index.upsert(e);
        present.add(e.id());
      });
      changed.stream().filter(id -> !present.contains(id)).forEach(index::delete);
      index.commit();
    }
    index.refresh();
  }

  private static Set<String> targets(Scope scope, Set<String> changed, List<Entry> crm, Map<String, String> links,
      Map<String, Entry> profiles, SearchIndex crmIndex) {
    Set<String> targets = new HashSet<>();
    switch (scope) {
      case ALL -> crm.forEach(e -> targets.add(e.id()));
      case RECORDS -> targets.addAll(changed);
      case PROFILES -> {
        links.forEach((record, profile) -> {
          if (changed.contains(profile)) {
            targets.add(record);
          }
        });
        CandidateSearch search = new CandidateSearch(crmIndex, PER_PROBE);
        for (String id : changed) {
          Entry profile = profiles.get(id);
          if (profile != null) {
            targets.addAll(search.candidates(profile));
          }
        }
      }
    }
    return targets;
  }

  /** A record pinned to a profile another record holds takes it over: that other record is rematched too. */
  private static void widenToHoldersOfPinnedProfiles(Set<String> targets, List<ManualOverride> overrides,
      Map<String, String> links) {
    Map<String, String> holderOfProfile = new HashMap<>();
    links.forEach((record, profile) -> holderOfProfile.put(profile, record));
    for (ManualOverride override : new ArrayList<>(overrides)) {
      if (targets.contains(override.crmId()) && override.action() != ManualOverride.Action.REJECT) {
        String holder = holderOfProfile.get(override.profileId());
        if (holder != null) {
          targets.add(holder);
        }
      }
    }
  }
}
