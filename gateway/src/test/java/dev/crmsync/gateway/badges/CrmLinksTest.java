package dev.crmsync.gateway.badges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.api.ProfileIds;
import dev.crmsync.gateway.badges.CrmLinks.ProfileLink;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.db.Notifications;
import dev.crmsync.gateway.testing.Poll;
import dev.crmsync.gateway.testing.TestPostgres;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory copy of a tenant's links: loaded on first use, then kept current by the triggers' notifications. */
class CrmLinksTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String INSTANCE = "https://acme.my.salesforce.com";

  private Database database;
  private Vertx vertx;
  private Pool pool;
  private CrmLinks links;
  private Notifications notifications;
  private UUID tenant;

  @BeforeEach
  void start() throws Exception {
    database = Database.start(TestPostgres.newDatabase());
    vertx = Vertx.vertx();
    pool = database.pool(vertx);
    links = new CrmLinks(vertx, pool, database);
    notifications = Notifications.start(vertx, database.connectOptions(),
        Map.of(LinkNotifications.CHANNEL, new LinkNotifications(links)));
    tenant = UUID.fromString(sql("INSERT INTO tenant (name, instance_url) VALUES ('Acme', '" + INSTANCE
        + "') RETURNING id::text"));
    link("p1", "003000000000001AAA", "[\"Title is Buyer in the CRM; the profile says CEO\"]");
    link("p2", "003000000000002AAA", "[]");
  }

  @AfterEach
  void stop() throws Exception {
    notifications.close().await(10, TimeUnit.SECONDS);
    vertx.close().await(10, TimeUnit.SECONDS);
    TestPostgres.drop(database.jdbcUrl());
  }

  @Test
  void loadsOnFirstUseThenAnswersWithoutPostgres() throws Exception {
    List<ProfileLink> fromPostgres = people("p1", "p2", "p3");
    awaitCopyOf(2);
    // changes apply in order: once this one shows, the notifications of the links above are handled too
    link("p9", "003000000000009AAA", "[]");
    awaitPerson("p9", link -> link.crm() != null);
    pool.close().await(10, TimeUnit.SECONDS);

    List<ProfileLink> fromMemory = people("p1", "p2", "p3");

    assertThat(fromMemory).isEqualTo(fromPostgres);
    assertThat(fromMemory.get(0).crm().url()).isEqualTo(INSTANCE + "/lightning/r/Contact/003000000000001AAA/view");
    assertThat(fromMemory.get(0).staleReasons()).containsExactly("Title is Buyer in the CRM; the profile says CEO");
    assertThat(fromMemory.get(2).crm()).isNull();
  }

  @Test
  void followsChangesThatAnyWriterCommits() throws Exception {
    awaitCopyOf(2);

    link("p3", "003000000000003AAA", "[]");
    awaitPerson("p3", link -> link.crm() != null);
    sql("UPDATE crm_match SET stale_reasons = '[\"moved\"]' WHERE profile_id = 'p2' RETURNING 1");
    awaitPerson("p2", link -> link.staleReasons().equals(List.of("moved")));
    sql("DELETE FROM crm_match WHERE profile_id = 'p1' RETURNING 1");
    awaitPerson("p1", link -> link.crm() == null);
    sql("UPDATE crm_match SET profile_id = 'p4' WHERE profile_id = 'p3' RETURNING 1");
    awaitPerson("p4", link -> link.crm() != null && link.crm().id().equals("003000000000003AAA"));
    assertThat(people("p3").get(0).crm()).as("the profile the link moved away from").isNull();
    assertThat(links.inMemory()).isEqualTo(2);
  }

  @Test
  void reloadsWhenOneStatementChangesManyProfiles() throws Exception {
    awaitCopyOf(2);

    sql("""
        INSERT INTO crm_match (tenant_id, sf_id, sobject, profile_kind, profile_id, decision, source)
        SELECT '%s', lpad(n::text, 18, '0'), 'Lead', 'PERSON', 'bulk' || n, 'MATCH', 'MODEL'
        FROM generate_series(1, 100) n RETURNING 1""".formatted(tenant));

    awaitInMemory(102);
    String[] bulk = IntStream.rangeClosed(1, 100).mapToObj(n -> "bulk" + n).toArray(String[]::new);
    assertThat(people(bulk)).allSatisfy(link -> assertThat(link.crm().object()).isEqualTo("Lead"));
  }

  @Test
  void rebuildsDeepLinksWhenTheInstanceMoves() throws Exception {
    awaitCopyOf(2);

    sql("UPDATE tenant SET instance_url = 'https://acme2.my.salesforce.com' RETURNING 1");

    awaitPerson("p2", link -> link.crm().url().startsWith("https://acme2.my.salesforce.com/lightning/r/Contact/"));
  }

  @Test
  void catchesUpOnWhatChangedWhileNotListening() throws Exception {
    awaitCopyOf(2);

    sql("SELECT count(pg_terminate_backend(pid))::text FROM pg_stat_activity WHERE query LIKE 'LISTEN%'");
    awaitInMemory(0);
    sql("DELETE FROM crm_match WHERE profile_id = 'p2' RETURNING 1");

    awaitCopyOf(1);
    assertThat(people("p2").get(0).crm()).isNull();
  }

  private List<ProfileLink> people(String... ids) throws Exception {
    return links.of(tenant, new ProfileIds(List.of(ids), List.of())).await(10, TimeUnit.SECONDS);
  }

  /** Calls until a copy is loaded: calls before the notifications flow make none. */
  private void awaitCopyOf(int held) throws Exception {
    Poll.until(WAIT, "a copy of " + held + " links", () -> {
      people("p1");
      return Optional.of(links.inMemory()).filter(n -> n == held);
    });
  }

  private void awaitInMemory(int held) throws Exception {
    Poll.until(WAIT, held + " links in memory", () -> Optional.of(links.inMemory()).filter(n -> n == held));
  }

  private void awaitPerson(String id, Predicate<ProfileLink> seen) throws Exception {
    Poll.until(WAIT, "the change of " + id, () -> Optional.of(people(id).get(0)).filter(seen));
  }

  private void link(String profileId, String sfId, String staleReasons) throws Exception {
    sql("""
        INSERT INTO crm_match (tenant_id, sf_id, sobject, profile_kind, profile_id, decision, source, stale_reasons)
        VALUES ('%s', '%s', 'Contact', 'PERSON', '%s', 'MATCH', 'MODEL', '%s') RETURNING 1"""
        .formatted(tenant, sfId, profileId, staleReasons));
  }

  private String sql(String statement) throws Exception {
    try (Connection connection = database.openConnection();
        PreparedStatement prepared = connection.prepareStatement(statement);
        ResultSet result = prepared.executeQuery()) {
      result.next();
      return result.getString(1);
    }
  }
}
