package dev.crmsync.gateway.badges;

import dev.crmsync.api.CrmRef;
import dev.crmsync.api.ProfileIds;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.web.SalesforceIds;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The CRM records of a tenant that directory profiles are linked to, looked up in one query. */
public final class CrmLinks {
  private final Pool pool;

  public CrmLinks(Pool pool) {
    this.pool = pool;
  }

  /** A profile asked about and its link; {@code crm} is null when it is not in the CRM. */
  public record ProfileLink(ProfileKind kind, String id, CrmRef crm, List<String> staleReasons) {
  }

  /** One entry per id asked: people first, then companies, each in the order given. */
  public Future<List<ProfileLink>> of(UUID tenantId, ProfileIds ids) {
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

  private static ProfileLink unlinked(ProfileKind kind, String id) {
    return new ProfileLink(kind, id, null, List.of());
  }

  private static ProfileLink link(Row row) {
    String sfId = row.getString("sf_id");
    CrmRef crm = new CrmRef(row.getString("sobject"), sfId,
        SalesforceIds.lightningUrl(row.getString("instance_url"), row.getString("sobject"), sfId));
    return new ProfileLink(ProfileKind.valueOf(row.getString("profile_kind")), row.getString("profile_id"), crm,
        StaleReasons.describe(row.getValue("stale_reasons")));
  }
}
