package dev.crmsync.gateway.rematch;

import dev.crmsync.api.Confidence;
import dev.crmsync.api.Evidence;
import dev.crmsync.api.Link;
import dev.crmsync.api.LinkSource;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.search.Profiles;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A suggestion for a record the sync has not matched yet: the directory profile with the record's e-mail, else
 * the one whose name is closest, among profiles not linked to another record and not rejected for this one.
 * It is shown, never stored, until someone confirms it. The matcher's scoring replaces it once it serves
 * single records.
 */
final class LiveLookup {
  /** Trigram similarity of names below which a suggestion would mislead more than help. */
  static final double MIN_NAME_SIMILARITY = 0.5;

  private final Pool pool;

  LiveLookup(Pool pool) {
    this.pool = pool;
  }

  Future<Optional<Link>> suggest(UUID tenantId, String object, JsonObject fields, List<String> rejected) {
    ProfileKind kind = CrmRecords.kindOf(object);
    String[] excluded = rejected.toArray(String[]::new);
    Future<io.vertx.sqlclient.RowSet<Row>> rows = kind == ProfileKind.PERSON
        ? pool.preparedQuery(RematchQueries.LIVE_PERSON).execute(Tuple.of(tenantId, lower(fields.getString("Email")),
            lower(fields.getString("FirstName", "") + " " + fields.getString("LastName", "")), excluded))
        : pool.preparedQuery(RematchQueries.LIVE_COMPANY).execute(Tuple.of(tenantId,
            lower(fields.getString("Name", "")), excluded));
    return rows.map(found -> found.size() == 0 ? Optional.<Link>empty() : suggestion(kind, found.iterator().next()));
  }

  private static Optional<Link> suggestion(ProfileKind kind, Row row) {
    boolean emailMatch = Boolean.TRUE.equals(row.getBoolean("email_match"));
    double nameSimilarity = row.getFloat("name_similarity");
    if (!emailMatch && nameSimilarity < MIN_NAME_SIMILARITY) {
      return Optional.empty();
    }
    List<Evidence> evidence = new ArrayList<>();
    if (emailMatch) {
      evidence.add(new Evidence("email", "EXACT", null));
    }
    evidence.add(new Evidence("name", nameSimilarity >= 0.999 ? "EXACT" : "CLOSE", null));
    Confidence confidence = emailMatch ? Confidence.MEDIUM : Confidence.LOW;
    return Optional.of(new Link(LinkSource.LIVE, "REVIEW", null, confidence, evidence, List.of(), null, null,
        Profiles.profile(kind, row.getString("id"), (JsonObject) row.getValue("profile"))));
  }

  private static String lower(String text) {
    return text == null ? null : text.trim().toLowerCase(Locale.ROOT);
  }
}
