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
import java.util.List;
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
    List<String> kinds = new ArrayList<>(ids.size());
    List<String> profileIds = new ArrayList<>(ids.size());
    ids.people().forEach(id -> {
      kinds.add(ProfileKind.PERSON.name());
      profileIds.add(id);
    });
    ids.companies().forEach(id -> {
      kinds.add(ProfileKind.COMPANY.name());
      profileIds.add(id);
    });
    return pool.preparedQuery(BadgeQueries.LINKS_OF_PROFILES)
        .execute(Tuple.of(tenantId, kinds.toArray(String[]::new), profileIds.toArray(String[]::new)))
        .map(rows -> {
          List<ProfileLink> links = new ArrayList<>(ids.size());
          rows.forEach(row -> links.add(link(row)));
          return links;
        });
  }

  private static ProfileLink link(Row row) {
    String sfId = row.getString("sf_id");
    ProfileKind kind = ProfileKind.valueOf(row.getString("kind"));
    if (sfId == null) {
      return new ProfileLink(kind, row.getString("id"), null, List.of());
    }
    CrmRef crm = new CrmRef(row.getString("sobject"), sfId,
        SalesforceIds.lightningUrl(row.getString("instance_url"), row.getString("sobject"), sfId));
    return new ProfileLink(kind, row.getString("id"), crm, StaleReasons.describe(row.getValue("stale_reasons")));
  }
}
