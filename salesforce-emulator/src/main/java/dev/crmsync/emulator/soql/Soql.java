package dev.crmsync.emulator.soql;

import java.util.List;
import java.util.Objects;

/** The parsed form of the SOQL subset the emulator understands. */
public final class Soql {
  private Soql() {
  }

  /**
   * A query.
   *
   * @param fields the selected field paths, as written ({@code Name}, {@code Account.Name})
   * @param object the object queried
   * @param where the filter, or null
   * @param orderBy the sort keys, possibly none
   * @param limit the row limit, or null
   */
  public record Query(List<String> fields, String object, Condition where, List<Order> orderBy, Integer limit) {
    public Query {
      fields = List.copyOf(fields);
      Objects.requireNonNull(object, "object");
      orderBy = List.copyOf(orderBy);
    }
  }

  /** A WHERE condition. */
  public sealed interface Condition permits And, Or, Not, Compare, In {
  }

  /** All of the parts hold. */
  public record And(List<Condition> parts) implements Condition {
  }

  /** One of the parts holds. */
  public record Or(List<Condition> parts) implements Condition {
  }

  /** The part does not hold. */
  public record Not(Condition part) implements Condition {
  }

  /** {@code field op value}, where op is one of = != &lt; &lt;= &gt; &gt;= LIKE. */
  public record Compare(String field, String op, Literal value) implements Condition {
  }

  /** {@code field [NOT] IN (values)}. */
  public record In(String field, boolean negated, List<Literal> values) implements Condition {
    public In {
      values = List.copyOf(values);
    }
  }

  /** A literal value. */
  public record Literal(Kind kind, String text) {
    /** The literal kinds of SOQL that the subset supports. */
    public enum Kind { STRING, NUMBER, BOOLEAN, NULL, DATE, DATETIME }
  }

  /** One ORDER BY key. */
  public record Order(String field, boolean descending, boolean nullsLast) {
  }
}
