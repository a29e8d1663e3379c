package dev.crmsync.emulator.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmsync.emulator.org.Caller;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.OrgSettings;
import dev.crmsync.emulator.org.Sharing;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryPlanTest {
  private Org org;
  private Caller admin;
  private String acme;

  @BeforeEach
  void org() {
    org = new Org(OrgSettings.defaults());
    String user = org.insert("User", Map.of("Username", "admin@x.test", "LastName", "Admin", "Email", "admin@x.test"));
    admin = new Caller(user, true);
    acme = org.insert("Account", Map.of("Name", "Acme", "OwnerId", user));
    lead("Ada", "Lovelace", "Open", "2026-01-01T10:00:00Z", "120");
    lead("Alan", "Turing", "Working", "2026-02-01T10:00:00.000Z", "5");
    lead("Grace", "Hopper", "Open", "2026-03-01T10:00:00+01:00", null);
    lead(null, "O'Brien", null, "2026-04-01T00:00:00Z", "40");
    org.insert("Contact", Map.of("LastName", "Child", "AccountId", acme.substring(0, 15)));
  }

  private void lead(String first, String last, String status, String modstamp, String employees) {
    Map<String, String> fields = new HashMap<>();
    fields.put("LastName", last);
    fields.put("Company", "C");
    fields.put("SystemModstamp", modstamp);
    if (first != null) {
      fields.put("FirstName", first);
    }
    if (status != null) {
      fields.put("Status", status);
    }
    if (employees != null) {
      fields.put("NumberOfEmployees", employees);
    }
    org.insert("Lead", fields);
  }

  private List<String> names(String soql) {
    QueryPlan plan = QueryPlan.compile(org, soql, QueryPlan.Api.REST);
    int column = plan.columns().indexOf(plan.columns().stream().filter(c -> c.path().equals("LastName")).findFirst()
        .orElseThrow());
    return plan.run(org, Sharing.of(org, admin), false).stream()
        .map(row -> plan.columns().get(column).value(row)).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Status = 'open'|Lovelace,Hopper",
      "Status != 'Open'|Turing,O'Brien",
      "Status = null|O'Brien",
      "Status IN ('Working', 'nope')|Turing",
      "Status NOT IN ('Working')|Lovelace,Hopper",
      "LastName LIKE '%o%er'|Hopper",
      "LastName LIKE 'o\\'b_ien'|O'Brien",
      "NumberOfEmployees > 10|Lovelace,O'Brien",
      "NumberOfEmployees <= 5 OR FirstName = null|Turing,O'Brien",
      "SystemModstamp >= 2026-02-01T10:00:00Z AND SystemModstamp < 2026-03-01T10:00:00Z|Turing,Hopper",
      "(Status = 'Open' OR Status = 'Working') AND NOT FirstName = 'Ada'|Turing,Hopper",
      "IsConverted = false AND IsDeleted = false|Lovelace,Turing,Hopper,O'Brien"})
  void filtersLikeSoql(String where, String expected) {
    assertThat(names("SELECT Id, LastName FROM Lead WHERE " + where)).containsExactly(expected.split(","));
  }

  @Test
  void sortsWithNullsAndLimits() {
    assertThat(names("SELECT LastName FROM Lead ORDER BY NumberOfEmployees DESC NULLS LAST LIMIT 3"))
        .containsExactly("Lovelace", "O'Brien", "Turing");
    assertThat(names("SELECT LastName FROM Lead ORDER BY FirstName")).first().isEqualTo("O'Brien");
  }

  @Test
  void readsParentFieldsAndAcceptsFifteenCharacterIds() {
    QueryPlan plan = QueryPlan.compile(org, "SELECT Account.Name FROM Contact WHERE AccountId = '"
        + acme.substring(0, 15) + "'", QueryPlan.Api.REST);
    List<String[]> rows = plan.run(org, Sharing.of(org, admin), false);
    assertThat(rows).hasSize(1);
    assertThat(plan.columns().getFirst().path()).isEqualTo("Account.Name");
    assertThat(plan.columns().getFirst().value(rows.getFirst())).isEqualTo("Acme");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SELECT Nope FROM Lead|INVALID_FIELD",
      "SELECT Id FROM Nope|INVALID_TYPE",
      "SELECT Id FROM Lead WHERE NumberOfEmployees = '5'|INVALID_FIELD",
      "SELECT Id FROM Lead WHERE SystemModstamp > '2026-01-01'|INVALID_FIELD",
      "SELECT Id FROM Lead WHERE SystemModstamp > 2026-01-01|INVALID_FIELD",
      "SELECT Id FROM Lead WHERE Name = 5|INVALID_FIELD",
      "SELECT Id FROM Lead WHERE IsConverted > true|MALFORMED_QUERY",
      "SELECT Owner.Nope FROM Lead|INVALID_FIELD",
      "SELECT Nope.Name FROM Lead|INVALID_FIELD",
      "SELECT Id, Id FROM Lead|MALFORMED_QUERY"})
  void refusesWhatDoesNotFitTheSchema(String soql, String code) {
    assertThatThrownBy(() -> QueryPlan.compile(org, soql, QueryPlan.Api.REST))
        .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void bulkRefusesCompoundFieldsThatRestAnswers() {
    assertThat(QueryPlan.compile(org, "SELECT Address FROM Lead", QueryPlan.Api.REST).columns()).hasSize(1);
    assertThatThrownBy(() -> QueryPlan.compile(org, "SELECT Address FROM Lead", QueryPlan.Api.BULK))
        .isInstanceOfSatisfying(SoqlException.class,
            e -> assertThat(e.code()).isEqualTo("FUNCTIONALITY_NOT_ENABLED"));
  }
}
