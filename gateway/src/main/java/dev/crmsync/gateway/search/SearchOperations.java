package dev.crmsync.gateway.search;

import dev.crmsync.api.Company;
import dev.crmsync.api.CrmRef;
import dev.crmsync.api.InCrm;
import dev.crmsync.api.Page;
import dev.crmsync.api.Person;
import dev.crmsync.api.ProfileIds;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.auth.Authenticate;
import dev.crmsync.gateway.badges.CrmLinks;
import dev.crmsync.gateway.web.ApiContract;
import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.gateway.web.SalesforceIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** {@code GET /search/people}, {@code GET /search/companies} and {@code POST /search/in-crm}. */
public final class SearchOperations {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_IN_CRM_IDS = 1000;

  private final Pool pool;
  private final CrmLinks links;

  public SearchOperations(Pool pool, CrmLinks links) {
    this.pool = pool;
    this.links = links;
  }

  public void mount(ApiContract api) {
    api.respond("searchPeople", this::people)
        .respond("searchCompanies", this::companies)
        .respond("inCrm", this::inCrm);
  }

  private Future<Page<Person>> people(RoutingContext ctx) {
    Search search = new Search(ctx, SearchQueries.PEOPLE)
        .words("q", SearchQueries.PERSON_TEXT)
        .filter("name", SearchQueries.PERSON_NAME)
        .filter("title", SearchQueries.PERSON_TITLE)
        .filter("company", SearchQueries.PERSON_COMPANY)
        .filter("location", SearchQueries.PERSON_LOCATION);
    return search.run(pool, SearchOperations::person);
  }

  private Future<Page<Company>> companies(RoutingContext ctx) {
    Search search = new Search(ctx, SearchQueries.COMPANIES)
        .words("q", SearchQueries.COMPANY_TEXT)
        .filter("name", SearchQueries.COMPANY_NAME)
        .filter("location", SearchQueries.COMPANY_LOCATION);
    return search.run(pool, SearchOperations::company);
  }

  private Future<InCrm> inCrm(RoutingContext ctx) {
    ProfileIds ids = ApiContract.body(ctx, ProfileIds.class);
    if (ids.size() > MAX_IN_CRM_IDS) {
      throw new ApiException(400, "TOO_MANY_IDS", "at most " + MAX_IN_CRM_IDS + " ids per call, got " + ids.size());
    }
    return links.of(Authenticate.caller(ctx).tenantId(), ids).map(found -> new InCrm(
        found.stream().filter(l -> l.crm() != null && l.kind() == ProfileKind.PERSON).map(l -> l.id()).toList(),
        found.stream().filter(l -> l.crm() != null && l.kind() == ProfileKind.COMPANY).map(l -> l.id()).toList()));
  }

  private static Person person(Row row) {
    JsonObject profile = (JsonObject) row.getValue("profile");
    JsonObject position = Profiles.currentPosition(profile).orElse(new JsonObject());
    return new Person(row.getString("id"), Profiles.personName(profile), profile.getString("headline"),
        position.getString("title"), position.getString("companyName"), Profiles.location(profile), crm(row));
  }

  private static Company company(Row row) {
    JsonObject profile = (JsonObject) row.getValue("profile");
    return new Company(row.getString("id"), profile.getString("name", "(no name)"), profile.getString("industry"),
        profile.getString("website"), Profiles.location(profile), crm(row));
  }

  private static CrmRef crm(Row row) {
    String sfId = row.getString("sf_id");
    return sfId == null ? null : new CrmRef(row.getString("sobject"), sfId,
        SalesforceIds.lightningUrl(row.getString("instance_url"), row.getString("sobject"), sfId));
  }

  /** One search being put together: SQL and parameters grow with each criterion given. */
  private static final class Search {
    private final RoutingContext ctx;
    private final StringBuilder sql;
    private final List<Object> params = new ArrayList<>();

    Search(RoutingContext ctx, String select) {
      this.ctx = ctx;
      this.sql = new StringBuilder(select);
      params.add(Authenticate.caller(ctx).tenantId());
    }

    /** Every word of the parameter must occur in the text. */
    Search words(String name, String clause) {
      ApiContract.query(ctx, name).map(RequestParameter::getString).ifPresent(text -> {
        for (String word : text.trim().split("\\s+")) {
          add(clause, word);
        }
      });
      return this;
    }

    Search filter(String name, String clause) {
      ApiContract.query(ctx, name).map(RequestParameter::getString).ifPresent(text -> add(clause, text.trim()));
      return this;
    }

    private void add(String clause, String text) {
      if (!text.isEmpty()) {
        params.add("%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        sql.append(clause.formatted(params.size()));
      }
    }

    <T> Future<Page<T>> run(Pool pool, Function<Row, T> toItem) {
      String crm = ApiContract.query(ctx, "crm").map(RequestParameter::getString).orElse("any");
      if (crm.equals("in")) {
        sql.append(SearchQueries.ONLY_IN_CRM);
      } else if (crm.equals("out")) {
        sql.append(SearchQueries.ONLY_OUT_OF_CRM);
      }
      int limit = ApiContract.query(ctx, "limit").map(RequestParameter::getInteger).orElse(DEFAULT_LIMIT);
      int offset = ApiContract.query(ctx, "offset").map(RequestParameter::getInteger).orElse(0);
      // one row more than asked tells whether there is a next page without counting them all
      params.add(limit + 1);
      params.add(offset);
      sql.append(SearchQueries.PAGE.formatted(params.size() - 1, params.size()));
      return pool.preparedQuery(sql.toString()).execute(Tuple.from(params))
          .map(rows -> page(rows, toItem, limit, offset));
    }

    private static <T> Page<T> page(RowSet<Row> rows, Function<Row, T> toItem, int limit, int offset) {
      List<T> items = new ArrayList<>(limit);
      rows.forEach(row -> {
        if (items.size() < limit) {
          items.add(toItem.apply(row));
        }
      });
      return new Page<>(items, limit, offset, rows.size() > limit);
    }

    private static String escapeLike(String text) {
      return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
  }
}
