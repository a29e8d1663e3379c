package dev.crmsync.gateway.rematch;

import dev.crmsync.api.Confidence;
import dev.crmsync.api.Decision;
import dev.crmsync.api.Link;
import dev.crmsync.api.LinkSource;
import dev.crmsync.api.Profile;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.api.RecordLink;
import dev.crmsync.gateway.badges.StaleReasons;
import dev.crmsync.gateway.search.Profiles;
import dev.crmsync.gateway.web.ApiException;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The link of a CRM record as users see it. Precedence: the latest manual decision, then the sync's match, then
 * a live lookup for records not matched yet. An opportunity shows its account's link.
 */
final class RecordLinks {
  /** Model scores at or above this (on a 0..1 scale) read as high confidence. */
  static final double HIGH_SCORE = 0.9;

  private final Pool pool;
  private final LiveLookup live;

  RecordLinks(Pool pool) {
    this.pool = pool;
    this.live = new LiveLookup(pool);
  }

  Future<RecordLink> view(UUID tenantId, String sfId) {
    return record(tenantId, sfId).compose(record -> subject(tenantId, record).compose(subject ->
        Future.all(match(tenantId, subject), decisions(tenantId, subject.getString("sf_id")))
            .compose(both -> {
              Optional<Row> match = both.resultAt(0);
              List<Decision> decisions = both.resultAt(1);
              List<String> rejected = rejected(decisions);
              return link(tenantId, subject, match, decisions, rejected).map(link -> new RecordLink(
                  CrmRecords.summary(record), CrmRecords.summary(subject), link.orElse(null), rejected));
            })));
  }

  /** The manual decisions on a record, newest first; 404 when the tenant has no such record. */
  Future<List<Decision>> history(UUID tenantId, String sfId) {
    return record(tenantId, sfId).compose(record -> decisions(tenantId, sfId));
  }

  Future<Row> record(UUID tenantId, String sfId) {
    return pool.preparedQuery(RematchQueries.RECORD).execute(Tuple.of(tenantId, sfId)).map(rows -> {
      if (rows.size() == 0) {
        throw new ApiException(404, "NOT_FOUND", "no CRM record " + sfId);
      }
      return rows.iterator().next();
    });
  }

  private Future<Row> subject(UUID tenantId, Row record) {
    String accountId = ((JsonObject) record.getValue("fields")).getString("AccountId");
    if (!record.getString("sobject").equals("Opportunity") || accountId == null) {
      return Future.succeededFuture(record);
    }
    return record(tenantId, accountId).recover(missing -> Future.succeededFuture(record));
  }

  private Future<Optional<Row>> match(UUID tenantId, Row subject) {
    return pool.preparedQuery(RematchQueries.MATCH).execute(Tuple.of(tenantId, subject.getString("sf_id")))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()));
  }

  private Future<List<Decision>> decisions(UUID tenantId, String sfId) {
    return pool.preparedQuery(RematchQueries.OVERRIDES).execute(Tuple.of(tenantId, sfId))
        .map(RecordLinks::decisions);
  }

  private static List<Decision> decisions(RowSet<Row> rows) {
    List<Decision> decisions = new ArrayList<>(rows.size());
    rows.forEach(row -> decisions.add(new Decision(row.getString("action"),
        ProfileKind.valueOf(row.getString("profile_kind")), row.getString("profile_id"),
        row.getString("previous_profile_id"), row.getString("actor"),
        row.getOffsetDateTime("created_at").toInstant())));
    return decisions;
  }

  /** Profiles whose latest decision on this record is a rejection. */
  private static List<String> rejected(List<Decision> newestFirst) {
    Set<String> seen = new HashSet<>();
    List<String> rejected = new ArrayList<>();
    for (Decision decision : newestFirst) {
      if (seen.add(decision.profileId()) && decision.action().equals("REJECT")) {
        rejected.add(decision.profileId());
      }
    }
    return rejected;
  }

  private Future<Optional<Link>> link(UUID tenantId, Row subject, Optional<Row> match, List<Decision> decisions,
      List<String> rejected) {
    Optional<Decision> manual = decisions.stream().findFirst().filter(d -> !d.action().equals("REJECT"));
    if (manual.isPresent()) {
      Decision decision = manual.get();
      Optional<Row> sameProfile = match.filter(row -> row.getString("profile_id").equals(decision.profileId()));
      return profile(decision.profileKind(), decision.profileId()).map(profile -> Optional.of(new Link(
          LinkSource.MANUAL, "CONFIRMED", sameProfile.map(row -> row.getDouble("score")).orElse(null),
          Confidence.HIGH, sameProfile.map(row -> Evidences.of(row.getValue("explanation"))).orElse(List.of()),
          sameProfile.map(row -> StaleReasons.describe(row.getValue("stale_reasons"))).orElse(List.of()),
          decision.at(), decision.actor(), profile)));
    }
    Optional<Row> synced = match.filter(row -> !rejected.contains(row.getString("profile_id")));
    if (synced.isPresent()) {
      Row row = synced.get();
      return profile(ProfileKind.valueOf(row.getString("profile_kind")), row.getString("profile_id"))
          .map(profile -> Optional.of(synced(row, profile)));
    }
    return live.suggest(tenantId, subject.getString("sobject"), (JsonObject) subject.getValue("fields"), rejected);
  }

  private static Link synced(Row row, Profile profile) {
    boolean manual = row.getString("source").equals("MANUAL");
    String decision = row.getString("decision");
    Double score = row.getDouble("score");
    OffsetDateTime decidedAt = row.getOffsetDateTime("decided_at");
    return new Link(manual ? LinkSource.MANUAL : LinkSource.SYNC, manual ? "CONFIRMED" : decision, score,
        confidence(manual, decision, score), Evidences.of(row.getValue("explanation")),
        StaleReasons.describe(row.getValue("stale_reasons")), decidedAt.toInstant(), null, profile);
  }

  /** Scores above 1 are log-odds or weight sums, whose MATCH decision already means a confident link. */
  private static Confidence confidence(boolean manual, String decision, Double score) {
    if (manual || (decision.equals("MATCH") && (score == null || score > 1 || score >= HIGH_SCORE))) {
      return Confidence.HIGH;
    }
    return decision.equals("MATCH") ? Confidence.MEDIUM : Confidence.LOW;
  }

  Future<Profile> profile(ProfileKind kind, String id) {
    String sql = kind == ProfileKind.PERSON ? RematchQueries.PERSON_PROFILE : RematchQueries.COMPANY_PROFILE;
    return pool.preparedQuery(sql).execute(Tuple.of(id)).map(rows -> rows.size() == 0
        ? new Profile(kind, id, "(no longer in the directory)", null, null, null)
        : Profiles.profile(kind, id, (JsonObject) rows.iterator().next().getValue("profile")));
  }
}
