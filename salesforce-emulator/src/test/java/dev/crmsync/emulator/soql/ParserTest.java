package dev.crmsync.emulator.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmsync.emulator.soql.Soql.Literal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParserTest {
  @Test
  void parsesFieldsObjectFilterOrderAndLimit() {
    Soql.Query query = Parser.parse("select Id, Account.Name FROM Contact WHERE Email != null ORDER BY LastName"
        + " DESC NULLS FIRST, Id LIMIT 10");
    assertThat(query.fields()).containsExactly("Id", "Account.Name");
    assertThat(query.object()).isEqualTo("Contact");
    assertThat(query.where()).isEqualTo(new Soql.Compare("Email", "!=", new Literal(Literal.Kind.NULL, "null")));
    assertThat(query.orderBy()).containsExactly(new Soql.Order("LastName", true, false),
        new Soql.Order("Id", false, false));
    assertThat(query.limit()).isEqualTo(10);
  }

  @Test
  void groupsAndOrWithParentheses() {
    Soql.Query query = Parser.parse("SELECT Id FROM Lead WHERE (Status = 'Open' OR Status = 'New') AND "
        + "NOT IsConverted = true");
    assertThat(query.where()).isInstanceOf(Soql.And.class);
    Soql.And and = (Soql.And) query.where();
    assertThat(and.parts().get(0)).isInstanceOf(Soql.Or.class);
    assertThat(and.parts().get(1)).isInstanceOf(Soql.Not.class);
  }

  @Test
  void readsLiteralsOfEveryKind() {
    Soql.Query query = Parser.parse("SELECT Id FROM Opportunity WHERE Amount >= -10.5 AND CloseDate < 2026-01-31 AND "
        + "SystemModstamp > 2026-01-01T10:00:00.000+02:00 AND Name LIKE 'O\\'Brien%' AND StageName IN ('A', 'B')"
        + " AND IsWon = false");
    List<Soql.Condition> parts = ((Soql.And) query.where()).parts();
    assertThat(parts).containsExactly(
        new Soql.Compare("Amount", ">=", new Literal(Literal.Kind.NUMBER, "-10.5")),
        new Soql.Compare("CloseDate", "<", new Literal(Literal.Kind.DATE, "2026-01-31")),
        new Soql.Compare("SystemModstamp", ">", new Literal(Literal.Kind.DATETIME, "2026-01-01T10:00:00.000+02:00")),
        new Soql.Compare("Name", "LIKE", new Literal(Literal.Kind.STRING, "O'Brien%")),
        new Soql.In("StageName", false, List.of(new Literal(Literal.Kind.STRING, "A"),
            new Literal(Literal.Kind.STRING, "B"))),
        new Soql.Compare("IsWon", "=", new Literal(Literal.Kind.BOOLEAN, "false")));
  }

  @Test
  void readsNotInAndTheOtherSpellingOfNotEqual() {
    Soql.Query query = Parser.parse("SELECT Id FROM Lead WHERE Status NOT IN ('X') OR Status <> 'Y'");
    assertThat(((Soql.Or) query.where()).parts()).containsExactly(
        new Soql.In("Status", true, List.of(new Literal(Literal.Kind.STRING, "X"))),
        new Soql.Compare("Status", "!=", new Literal(Literal.Kind.STRING, "Y")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "SELECT", "SELECT Id", "SELECT Id FROM", "SELECT Id, FROM Lead", "SELECT Id FROM Lead WHERE",
      "SELECT Id FROM Lead WHERE Name = 'a' AND Name = 'b' OR Name = 'c'",
      "SELECT Id FROM Lead WHERE Name = 'open", "SELECT Id FROM Lead LIMIT -1", "SELECT Id FROM Lead LIMIT x",
      "SELECT COUNT() FROM Lead", "SELECT FIELDS(ALL) FROM Lead", "SELECT Id, (SELECT Id FROM Contacts) FROM Account",
      "SELECT Id FROM Lead GROUP BY Id", "SELECT Id FROM Lead OFFSET 10", "SELECT Id FROM Lead l",
      "SELECT Id FROM Lead WHERE CreatedDate = TODAY", "SELECT Id FROM Lead WHERE CreatedDate > LAST_N_DAYS:3",
      "SELECT Id FROM Lead WHERE Id IN (SELECT LeadId FROM Task)", "SELECT Id FROM Lead WHERE Name = :name",
      "SELECT Id FROM Lead WHERE (Name = 'a'", "SELECT Id FROM Lead ORDER Id", "SELECT Id FROM Lead WHERE Name ~ 'a'",
      "SELECT Id FROM Lead FOR UPDATE", "DELETE FROM Lead"})
  void refusesEverythingElseAsMalformed(String soql) {
    assertThatThrownBy(() -> Parser.parse(soql))
        .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.code()).isEqualTo("MALFORMED_QUERY"));
  }
}
