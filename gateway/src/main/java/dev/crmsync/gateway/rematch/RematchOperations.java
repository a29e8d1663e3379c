package dev.crmsync.gateway.rematch;

import dev.crmsync.api.AccountTarget;
import dev.crmsync.api.Caller;
import dev.crmsync.api.CrmAccount;
import dev.crmsync.api.CrmAccounts;
import dev.crmsync.api.History;
import dev.crmsync.api.LinkTarget;
import dev.crmsync.api.RecordLink;
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
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * {@code /records/{recordId}} (the widget's view, set, confirm, reject, history) and the account list's
 * "Rematch Account" ({@code GET /crm/accounts}, {@code PUT /companies/{companyId}/crm-account}). Decisions on an
 * opportunity apply to its account, whose link the widget shows.
 */
public final class RematchOperations {
  static final int DEFAULT_ACCOUNT_LIMIT = 10;

  private final Pool pool;
  private final RecordLinks links;
  private final Overrides overrides;

  public RematchOperations(Pool pool, CrmLinks badges) {
    this.pool = pool;
    this.links = new RecordLinks(pool);
    this.overrides = new Overrides(pool, badges);
  }

  public void mount(ApiContract api) {
    api.respond("recordLink", ctx -> links.view(tenant(ctx), recordId(ctx)))
        .respond("setLink", this::setLink)
        .respond("confirmLink", ctx -> onCurrentLink(ctx, "NOTHING_TO_CONFIRM", (caller, view) ->
            overrides.link(caller, view.subject().id(), "CONFIRM", view.link().profile().id(), null)))
        .respond("rejectLink", ctx -> onCurrentLink(ctx, "NOTHING_TO_REJECT", (caller, view) ->
            overrides.reject(caller, view.subject().id(), view.link().profile().kind(), view.link().profile().id())))
        .respond("linkHistory", ctx -> links.history(tenant(ctx), recordId(ctx))
            .map(decisions -> new History(recordId(ctx), decisions)))
        .respond("searchCrmAccounts", this::searchAccounts)
        .respond("rematchAccount", this::rematchAccount);
  }

  private Future<RecordLink> setLink(RoutingContext ctx) {
    Caller caller = Authenticate.caller(ctx);
    String profileId = ApiContract.body(ctx, LinkTarget.class).profileId();
    return links.view(caller.tenantId(), recordId(ctx))
        .compose(view -> overrides.link(caller, view.subject().id(), "SET", profileId, null))
        .compose(done -> links.view(caller.tenantId(), recordId(ctx)));
  }

  private Future<RecordLink> onCurrentLink(RoutingContext ctx, String noLinkCode,
      BiFunction<Caller, RecordLink, Future<Void>> decide) {
    Caller caller = Authenticate.caller(ctx);
    return links.view(caller.tenantId(), recordId(ctx))
        .compose(view -> {
          if (view.link() == null) {
            throw new ApiException(409, noLinkCode, "record " + view.subject().id() + " has no link to decide on");
          }
          return decide.apply(caller, view);
        })
        .compose(done -> links.view(caller.tenantId(), recordId(ctx)));
  }

  private Future<CrmAccounts> searchAccounts(RoutingContext ctx) {
    String q = ApiContract.query(ctx, "q").map(RequestParameter::getString).orElseThrow().trim()
        .toLowerCase(Locale.ROOT);
    int limit = ApiContract.query(ctx, "limit").map(RequestParameter::getInteger).orElse(DEFAULT_ACCOUNT_LIMIT);
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return pool.preparedQuery(RematchQueries.CRM_ACCOUNTS).execute(Tuple.of(tenant(ctx), like, q, limit))
        .map(rows -> {
          List<CrmAccount> accounts = new ArrayList<>(rows.size());
          rows.forEach(row -> accounts.add(account(row)));
          return new CrmAccounts(accounts);
        });
  }

  private static CrmAccount account(Row row) {
    JsonObject fields = (JsonObject) row.getValue("fields");
    String id = row.getString("sf_id");
    String location = String.join(", ", Stream.of(fields.getString("BillingCity"),
        fields.getString("BillingCountry")).filter(part -> part != null && !part.isBlank()).toList());
    return new CrmAccount(id, fields.getString("Name", "(no name)"), fields.getString("Website"),
        location.isEmpty() ? null : location, SalesforceIds.lightningUrl(row.getString("instance_url"), "Account", id),
        row.getString("profile_id"));
  }

  private Future<RecordLink> rematchAccount(RoutingContext ctx) {
    Caller caller = Authenticate.caller(ctx);
    String accountId = SalesforceIds.to18(ApiContract.body(ctx, AccountTarget.class).recordId());
    String companyId = ApiContract.path(ctx, "companyId");
    return overrides.link(caller, accountId, "SET", companyId, "Account")
        .compose(done -> links.view(caller.tenantId(), accountId));
  }

  private static UUID tenant(RoutingContext ctx) {
    return Authenticate.caller(ctx).tenantId();
  }

  private static String recordId(RoutingContext ctx) {
    return SalesforceIds.to18(ApiContract.path(ctx, "recordId"));
  }
}
