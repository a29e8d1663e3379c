package dev.crmsync.emulator.soql;

import dev.crmsync.emulator.org.FieldType;
import dev.crmsync.emulator.org.ObjectSchema;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.SalesforceIds;
import dev.crmsync.emulator.org.Values;
import dev.crmsync.emulator.soql.Soql.Literal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Compiles a WHERE condition into a predicate over stored rows, checking each literal against its field's type. */
final class Filters {
  private final Org org;
  private final ObjectSchema schema;

  Filters(Org org, ObjectSchema schema) {
    this.org = org;
    this.schema = schema;
  }

  Predicate<String[]> compile(Soql.Condition condition) {
    return switch (condition) {
      case Soql.And and -> all(and.parts().stream().map(this::compile).toList());
      case Soql.Or or -> any(or.parts().stream().map(this::compile).toList());
      case Soql.Not not -> compile(not.part()).negate();
      case Soql.Compare compare -> compare(compare);
      case Soql.In in -> in(in);
    };
  }

  private static Predicate<String[]> all(List<Predicate<String[]>> parts) {
    return row -> {
      for (Predicate<String[]> part : parts) {
        if (!part.test(row)) {
          return false;
        }
      }
      return true;
    };
  }

  private static Predicate<String[]> any(List<Predicate<String[]>> parts) {
    return row -> {
      for (Predicate<String[]> part : parts) {
        if (part.test(row)) {
          return true;
        }
      }
      return false;
    };
  }

  private Predicate<String[]> compare(Soql.Compare compare) {
    Column column = filterable(compare.field());
    Literal literal = compare.value();
    String op = compare.op();
    if (literal.kind() == Literal.Kind.NULL) {
      return switch (op) {
        case "=" -> row -> column.value(row) == null;
        case "!=" -> row -> column.value(row) != null;
        default -> throw SoqlException.malformed("null can only be compared with = or !=");
      };
    }
    if (op.equals("LIKE")) {
      return like(column, literal);
    }
    String expected = stored(column, literal);
    if (column.type() == FieldType.BOOLEAN && !op.equals("=") && !op.equals("!=")) {
      throw SoqlException.malformed("boolean field " + column.path() + " can only be compared with = or !=");
    }
    ValueOrder order = ValueOrder.of(column.type());
    return switch (op) {
      case "=" -> row -> order.equal(column.value(row), expected);
      case "!=" -> row -> !order.equal(column.value(row), expected);
      case "<" -> range(column, order, expected, c -> c < 0);
      case "<=" -> range(column, order, expected, c -> c <= 0);
      case ">" -> range(column, order, expected, c -> c > 0);
      default -> range(column, order, expected, c -> c >= 0);
    };
  }

  /** A range comparison; a null value satisfies none, as in SOQL. */
  private static Predicate<String[]> range(Column column, ValueOrder order, String expected, IntPredicate test) {
    return row -> {
      String value = column.value(row);
      return value != null && test.test(order.compare(value, expected));
    };
  }

  private Predicate<String[]> in(Soql.In in) {
    Column column = filterable(in.field());
    ValueOrder order = ValueOrder.of(column.type());
    Set<String> keys = new HashSet<>();
    for (Literal literal : in.values()) {
      if (literal.kind() == Literal.Kind.NULL) {
        throw SoqlException.malformed("null is not allowed in an IN list");
      }
      keys.add(order.key(stored(column, literal)));
    }
    Predicate<String[]> member = row -> {
      String value = column.value(row);
      return value != null && keys.contains(order.key(value));
    };
    return in.negated() ? row -> column.value(row) != null && !member.test(row) : member;
  }

  private Predicate<String[]> like(Column column, Literal literal) {
    if (!column.type().isText() && !column.type().isId() || literal.kind() != Literal.Kind.STRING) {
      throw SoqlException.invalidField("invalid operator on " + column.type().describeName() + " field "
          + column.path() + ": LIKE needs a text field and a quoted pattern");
    }
    StringBuilder regex = new StringBuilder();
    String pattern = literal.text();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
    }
    Pattern compiled = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    return row -> {
      String value = column.value(row);
      return value != null && compiled.matcher(value).matches();
    };
  }

  private Column filterable(String path) {
    Column column = Columns.bind(org, schema, path);
    if (column instanceof Columns.Compound) {
      throw SoqlException.invalidField("compound field " + path + " cannot be filtered; filter its components");
    }
    return column;
  }

  /** The stored form of a literal compared with a column, or INVALID_FIELD when the types do not fit. */
  private static String stored(Column column, Literal literal) {
    FieldType type = column.type();
    Literal.Kind kind = literal.kind();
    String text = literal.text();
    if (type == FieldType.DATETIME && kind == Literal.Kind.DATETIME) {
      return Values.canonical(Values.parseDateTime(text).orElseThrow(() -> SoqlException.malformed(
          "invalid datetime literal " + text)));
    }
    if (type == FieldType.DATE && kind == Literal.Kind.DATE) {
      return Values.parseDate(text).orElseThrow(() -> SoqlException.malformed("invalid date " + text)).toString();
    }
    if (type == FieldType.BOOLEAN && kind == Literal.Kind.BOOLEAN) {
      return text.toLowerCase(Locale.ROOT);
    }
    if (type.isNumber() && kind == Literal.Kind.NUMBER) {
      return text;
    }
    if (type.isId() && kind == Literal.Kind.STRING) {
      return SalesforceIds.canonical(text).orElse(text);
    }
    if (type.isText() && kind == Literal.Kind.STRING) {
      return text;
    }
    String expected = type == FieldType.DATETIME ? "dateTime" : type.describeName();
    boolean quoted = type.isText() || type.isId();
    throw SoqlException.invalidField("value of filter criterion for field '" + column.path() + "' must be of type "
        + expected + " and should " + (quoted ? "" : "not ") + "be enclosed in quotes");
  }
}
