package dev.crmsync.gateway.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.sync.ChangeSet;
import dev.crmsync.gateway.testing.TestPostgres;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.match.Thresholds;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchServiceTest {
  private static final String ACCOUNT = "001000000000001AAA";
  private static final String CONTACT = "003000000000001AAA";
  private static final String LEAD = "00Q000000000001AAA";
  private static final String OTHER_LEAD = "00Q000000000002AAA";

  @TempDir
  Path indexes;
  private Database database;
  private Connection connection;
  private MatchService service;
  private UUID tenant;

  @BeforeEach
  void setUp() throws SQLException {
    database = Database.start(TestPostgres.newDatabase());
    connection = database.openConnection();
    service = new MatchService(database, indexes, Nicknames.bundled(), new Thresholds(12, 4, 4));
    tenant = UUID.randomUUID();
    execute("INSERT INTO tenant (id, name) VALUES (?::uuid, 'Acme')", tenant.toString());
    for (int i = 0; i < 40; i++) {
      person("pr" + i, "Given" + (char) ('a' + i % 26) + i, "Family" + i, "Filler Co " + i, "filler" + i + ".com",
          "Lyon", "France");
    }
    for (int i = 0; i < 200; i++) {
      company("co" + i, "Filler Co " + i, "filler" + i + ".com", i % 2 == 0 ? "Lyon" : "Oslo", "France");
    }
    person("pr-anna", "Anna", "Lindqvist", "Northwind Traders AB", "northwind.se", "Stockholm", "Sweden");
    person("pr-bob", "Robert", "Okafor", "Contoso Ltd", "contoso.co.uk", "Leeds", "United Kingdom");
    company("co-northwind", "Northwind Traders AB", "https://www.northwind.se", "Stockholm", "Sweden");
    crm(ACCOUNT, "Account", """
        {"Name": "Northwind Traders", "Website": "northwind.se", "BillingCity": "Stockholm", "BillingCountry": "SE"}""");
    crm(CONTACT, "Contact", """
        {"FirstName": "Anna", "LastName": "Lindqvist", "Email": "anna.lindqvist@northwind.se", "AccountId": "%s",
         "Title": "Head of Procurement", "MailingCity": "Stockholm", "MailingCountry": "Sweden"}""".formatted(ACCOUNT));
    crm(LEAD, "Lead", """
        {"FirstName": "Bob", "LastName": "Okafor", "Email": "bob.okafor@contoso.co.uk", "Company": "Contoso",
         "City": "Leeds", "Country": "UK"}""");
  }

  @AfterEach
  void tearDown() throws SQLException {
    service.close();
    connection.close();
    database.close();
  }

  @Test
  void aFullRunLinksEachRecordToItsProfileWithAnExplanationThatAddsUp() throws SQLException {
    MatchSummary summary = service.matchAll(tenant);

    assertThat(summary.rematched()).isEqualTo(3);
    assertThat(links()).containsEntry(CONTACT, "pr-anna").containsEntry(LEAD, "pr-bob")
        .containsEntry(ACCOUNT, "co-northwind");
    assertThat(query("""
        SELECT abs(score - (SELECT sum((c->>'weight')::float8) FROM jsonb_array_elements(explanation->'contributions') c))
        FROM crm_match WHERE tenant_id = ?::uuid AND sf_id = ?""", tenant.toString(), CONTACT))
        .isLessThan("0.000001");
  }

  @Test
  void aRejectedProfileIsNotLinkedAgainAndASetOneIsKept() throws SQLException {
    service.matchAll(tenant);
    override(LEAD, "REJECT", "pr-bob");
    override(CONTACT, "SET", "pr-bob");

    service.matchRecords(tenant, List.of(LEAD, CONTACT));

    Map<String, String> links = links();
    assertThat(links).containsEntry(CONTACT, "pr-bob").doesNotContainKey(LEAD);
    assertThat(query("SELECT source FROM crm_match WHERE tenant_id = ?::uuid AND sf_id = ?", tenant.toString(),
        CONTACT)).isEqualTo("MANUAL");
  }

  @Test
  void anIncrementalRunLeavesOtherRecordsAndTheirProfilesAlone() throws SQLException {
    service.matchAll(tenant);
    crm(OTHER_LEAD, "Lead", """
        {"FirstName": "Anna", "LastName": "Lindqvist", "Company": "Northwind", "City": "Stockholm"}""");

    MatchSummary summary = service.matchRecords(tenant, List.of(OTHER_LEAD));

    assertThat(summary.rematched()).isEqualTo(1);
    assertThat(links()).containsEntry(CONTACT, "pr-anna").doesNotContainKey(OTHER_LEAD);
  }

  @Test
  void aChangedProfileRematchesTheRecordsItCouldAffect() throws SQLException {
    execute("DELETE FROM directory_person WHERE id = 'pr-bob'");
    service.matchAll(tenant);
    assertThat(links()).doesNotContainKey(LEAD);
    person("pr-bob2", "Robert", "Okafor", "Contoso Ltd", "contoso.co.uk", "Leeds", "United Kingdom");

    MatchSummary summary = service.matchProfiles(tenant, Set.of("pr-bob2"));

    assertThat(summary.rematched()).isGreaterThanOrEqualTo(1);
    assertThat(links()).containsEntry(LEAD, "pr-bob2").containsEntry(CONTACT, "pr-anna");
  }

  @Test
  void theRematchQueueLinksTheRecordsASyncChanged() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      RematchQueue queue = new RematchQueue(vertx, database.pool(vertx), service);

      queue.changed(new ChangeSet(tenant, "Lead", List.of(LEAD), List.of()));

      Instant deadline = Instant.now().plusSeconds(60);
      while (!links().containsKey(LEAD) && Instant.now().isBefore(deadline)) {
        Thread.onSpinWait();
      }
      assertThat(links()).containsEntry(LEAD, "pr-bob").doesNotContainKey(CONTACT);
    } finally {
      vertx.close().await(10, TimeUnit.SECONDS);
    }
  }

  private Map<String, String> links() throws SQLException {
    Map<String, String> links = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT sf_id, profile_id FROM crm_match WHERE tenant_id = ? AND decision = 'MATCH'")) {
      statement.setObject(1, tenant);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          links.put(result.getString(1).trim(), result.getString(2));
        }
      }
    }
    return links;
  }

  private void person(String id, String first, String last, String company, String domain, String city,
      String country) throws SQLException {
    execute("""
        INSERT INTO directory_person (id, profile, contact_points, content_hash)
        VALUES (?, ?::jsonb, ?::jsonb, '\\x00')""", id, """
        {"firstName": "%s", "lastName": "%s", "positions": [{"companyName": "%s", "current": true}],
         "location": {"city": "%s", "country": "%s"}}""".formatted(first, last, company, city, country), """
        {"emails": ["%s.%s@%s"], "phones": []}""".formatted(first.toLowerCase(), last.toLowerCase(), domain));
  }

  private void company(String id, String name, String website, String city, String country) throws SQLException {
    execute("INSERT INTO directory_company (id, profile, content_hash) VALUES (?, ?::jsonb, '\\x00')", id, """
        {"name": "%s", "website": "%s", "location": {"city": "%s", "country": "%s"}}"""
        .formatted(name, website, city, country));
  }

  private void crm(String sfId, String sobject, String fields) throws SQLException {
    execute("""
        INSERT INTO crm_record (tenant_id, sf_id, sobject, fields, system_modstamp)
        VALUES (?::uuid, ?, ?, ?::jsonb, now())""", tenant.toString(), sfId, sobject, fields);
  }

  private void override(String sfId, String action, String profileId) throws SQLException {
    execute("""
        INSERT INTO match_override (tenant_id, sf_id, action, profile_kind, profile_id, actor)
        VALUES (?::uuid, ?, ?, 'PERSON', ?, 'test')""", tenant.toString(), sfId, action, profileId);
  }

  private void execute(String sql, String... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  private String query(String sql, String... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }
}
