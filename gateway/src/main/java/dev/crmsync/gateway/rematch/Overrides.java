package dev.crmsync.gateway.rematch;

import dev.crmsync.api.Caller;
import dev.crmsync.api.ProfileIds;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.badges.CrmLinks;
import dev.crmsync.gateway.web.ApiException;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Manual decisions on record links. Each runs in one transaction that locks the record, writes the decision to
 * match_override (who, when, the previous link) and applies it to crm_match with source MANUAL, so every user of
 * the tenant sees it on their next read: badges of this node are brought up to date before the decision answers.
 */
final class Overrides {
  private final Pool pool;
  private final CrmLinks badges;

  Overrides(Pool pool, CrmLinks badges) {
    this.pool = pool;
    this.badges = badges;
  }

  /**
   * Links the record to the profile (action SET or CONFIRM). A profile links to one record of a tenant, so a
   * record that held it loses it, with a REJECT recorded in its own history.
   */
  Future<Void> link(Caller caller, String sfId, String action, String profileId, String requiredObject) {
    return pool.withTransaction(conn -> lock(conn, caller, sfId).compose(object -> {
      if (requiredObject != null && !requiredObject.equals(object)) {
        throw new ApiException(400, "WRONG_OBJECT", sfId + " is a " + object + ", not a " + requiredObject);
      }
      ProfileKind kind = CrmRecords.kindOf(object);
      return requireProfile(conn, kind, profileId)
          .compose(v -> releaseFromOthers(conn, caller, sfId, kind, profileId))
          .compose(v -> currentProfile(conn, caller, sfId))
          .compose(previous -> conn.preparedQuery(RematchQueries.UPSERT_MANUAL_MATCH)
              .execute(Tuple.of(caller.tenantId(), sfId, object, kind.name(), profileId))
              .compose(done -> record(conn, caller, sfId, action, kind, profileId, previous))
              .map(done -> profiles(kind, profileId, previous)));
    })).compose(changed -> badges.refresh(caller.tenantId(), changed));
  }

  /** "Not this profile": unlinks the record from it and keeps it from being suggested again. */
  Future<Void> reject(Caller caller, String sfId, ProfileKind kind, String profileId) {
    return pool.withTransaction(conn -> lock(conn, caller, sfId)
        .compose(object -> currentProfile(conn, caller, sfId))
        .compose(previous -> {
          Future<?> unlinked = profileId.equals(previous)
              ? conn.preparedQuery(RematchQueries.DELETE_MATCH).execute(Tuple.of(caller.tenantId(), sfId))
              : Future.succeededFuture();
          return unlinked.compose(done -> record(conn, caller, sfId, "REJECT", kind, profileId, previous));
        }))
        .compose(done -> badges.refresh(caller.tenantId(), profiles(kind, profileId, null)));
  }

  /** The profiles whose badges a decision changes: the one decided on and the one the record held before. */
  private static ProfileIds profiles(ProfileKind kind, String profileId, String previous) {
    List<String> ids = previous == null || previous.equals(profileId) ? List.of(profileId)
        : List.of(profileId, previous);
    return kind == ProfileKind.PERSON ? new ProfileIds(ids, List.of()) : new ProfileIds(List.of(), ids);
  }

  private static Future<String> lock(SqlConnection conn, Caller caller, String sfId) {
    return conn.preparedQuery(RematchQueries.LOCK_RECORD).execute(Tuple.of(caller.tenantId(), sfId)).map(rows -> {
      if (rows.size() == 0) {
        throw new ApiException(404, "NOT_FOUND", "no CRM record " + sfId);
      }
      return rows.iterator().next().getString("sobject");
    });
  }

  private static Future<Void> requireProfile(SqlConnection conn, ProfileKind kind, String profileId) {
    String sql = kind == ProfileKind.PERSON ? RematchQueries.PERSON_PROFILE : RematchQueries.COMPANY_PROFILE;
    return conn.preparedQuery(sql).execute(Tuple.of(profileId)).map(rows -> {
      if (rows.size() == 0) {
        throw new ApiException(404, "NO_SUCH_PROFILE",
            "no " + kind.name().toLowerCase() + " " + profileId + " in the directory");
      }
      return null;
    });
  }

  private static Future<Void> releaseFromOthers(SqlConnection conn, Caller caller, String sfId, ProfileKind kind,
      String profileId) {
    return conn.preparedQuery(RematchQueries.RECORD_HOLDING_PROFILE)
        .execute(Tuple.of(caller.tenantId(), kind.name(), profileId, sfId))
        .compose(rows -> {
          List<Future<?>> released = new ArrayList<>();
          rows.forEach(row -> {
            String other = row.getString("sf_id");
            released.add(conn.preparedQuery(RematchQueries.DELETE_MATCH).execute(Tuple.of(caller.tenantId(), other))
                .compose(done -> record(conn, caller, other, "REJECT", kind, profileId, profileId)));
          });
          return Future.all(released).mapEmpty();
        });
  }

  private static Future<String> currentProfile(SqlConnection conn, Caller caller, String sfId) {
    return conn.preparedQuery(RematchQueries.CURRENT_PROFILE).execute(Tuple.of(caller.tenantId(), sfId))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("profile_id"));
  }

  private static Future<Void> record(SqlConnection conn, Caller caller, String sfId, String action, ProfileKind kind,
      String profileId, String previous) {
    return conn.preparedQuery(RematchQueries.INSERT_OVERRIDE)
        .execute(Tuple.of(caller.tenantId(), sfId, action, kind.name(), profileId, previous, caller.actor()))
        .mapEmpty();
  }
}
