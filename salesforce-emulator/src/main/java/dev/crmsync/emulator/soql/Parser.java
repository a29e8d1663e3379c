package dev.crmsync.emulator.soql;

import dev.crmsync.emulator.soql.Soql.Condition;
import dev.crmsync.emulator.soql.Soql.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for the SOQL subset: SELECT field list, FROM one object, WHERE with AND, OR, NOT,
 * parentheses, comparisons, IN, LIKE, NULL and date/datetime literals, ORDER BY, LIMIT. Anything else (aggregates,
 * subqueries, GROUP BY, OFFSET, relative date literals...) is refused with MALFORMED_QUERY rather than answered
 * wrongly. Like SOQL, mixing AND and OR needs parentheses.
 */
public final class Parser {
  private static final Set<String> UNSUPPORTED_CLAUSES =
      Set.of("GROUP", "HAVING", "OFFSET", "TYPEOF", "WITH", "FOR", "USING", "UPDATE");
  private static final Set<String> RESERVED =
      Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "ORDER", "BY", "LIMIT", "IN", "LIKE", "NULL");
  private static final Set<String> COMPARISONS = Set.of("=", "!=", "<>", "<", "<=", ">", ">=");

  private final List<Token> tokens;
  private int at;

  private Parser(String query) {
    this.tokens = Lexer.tokens(query);
  }

  /** Parses a query or throws {@link SoqlException}. */
  public static Soql.Query parse(String query) {
    if (query == null || query.isBlank()) {
      throw SoqlException.malformed("empty query");
    }
    return new Parser(query).query();
  }

  private Soql.Query query() {
    expectWord("SELECT");
    List<String> fields = selectList();
    expectWord("FROM");
    String object = word("an object name");
    Condition where = null;
    if (acceptWord("WHERE")) {
      where = condition();
    }
    List<Soql.Order> orderBy = List.of();
    if (acceptWord("ORDER")) {
      expectWord("BY");
      orderBy = orderBy();
    }
    Integer limit = null;
    if (acceptWord("LIMIT")) {
      limit = limit();
    }
    Token rest = peek();
    if (rest.kind() != Token.Kind.END) {
      throw unexpected(rest);
    }
    return new Soql.Query(fields, object, where, orderBy, limit);
  }

  private List<String> selectList() {
    List<String> fields = new ArrayList<>();
    do {
      Token token = peek();
      if (token.kind() == Token.Kind.LPAREN) {
        throw new SoqlException("MALFORMED_QUERY",
            "parent-to-child subqueries are not supported (at position " + token.position() + ")");
      }
      String field = word("a field name");
      if (peek().kind() == Token.Kind.LPAREN) {
        throw field.equalsIgnoreCase("FIELDS")
            ? new SoqlException("MALFORMED_QUERY", "FIELDS() is not supported by the emulator; list the fields")
            : SoqlException.malformed("functions such as " + field + "() are not supported");
      }
      fields.add(field);
    } while (accept(Token.Kind.COMMA));
    return fields;
  }

  private Condition condition() {
    Condition first = unary();
    String joiner = peek().isWord("AND") ? "AND" : peek().isWord("OR") ? "OR" : null;
    if (joiner == null) {
      return first;
    }
    List<Condition> parts = new ArrayList<>(List.of(first));
    while (acceptWord(joiner)) {
      parts.add(unary());
    }
    Token next = peek();
    if (next.isWord("AND") || next.isWord("OR")) {
      throw SoqlException.malformed("unexpected token: '" + next.text()
          + "': use parentheses when mixing AND and OR (at position " + next.position() + ")");
    }
    return joiner.equals("AND") ? new Soql.And(parts) : new Soql.Or(parts);
  }

  private Condition unary() {
    if (acceptWord("NOT")) {
      return new Soql.Not(unary());
    }
    if (accept(Token.Kind.LPAREN)) {
      Condition inner = condition();
      expect(Token.Kind.RPAREN, "')'");
      return inner;
    }
    String field = word("a field name");
    if (peek().kind() == Token.Kind.LPAREN) {
      throw SoqlException.malformed("functions such as " + field + "() are not supported");
    }
    if (acceptWord("NOT")) {
      expectWord("IN");
      return new Soql.In(field, true, literalList());
    }
    if (acceptWord("IN")) {
      return new Soql.In(field, false, literalList());
    }
    if (acceptWord("LIKE")) {
      return new Soql.Compare(field, "LIKE", literal());
    }
    Token op = next();
    if (op.kind() != Token.Kind.OPERATOR || !COMPARISONS.contains(op.text())) {
      throw unexpected(op);
    }
    return new Soql.Compare(field, op.text().equals("<>") ? "!=" : op.text(), literal());
  }

  private List<Literal> literalList() {
    expect(Token.Kind.LPAREN, "'('");
    if (peek().isWord("SELECT")) {
      throw SoqlException.malformed("semi-join subqueries are not supported");
    }
    List<Literal> values = new ArrayList<>();
    do {
      values.add(literal());
    } while (accept(Token.Kind.COMMA));
    expect(Token.Kind.RPAREN, "')'");
    return values;
  }

  private Literal literal() {
    Token token = next();
    Literal.Kind kind = switch (token.kind()) {
      case STRING -> Literal.Kind.STRING;
      case NUMBER -> Literal.Kind.NUMBER;
      case DATE -> Literal.Kind.DATE;
      case DATETIME -> Literal.Kind.DATETIME;
      case WORD -> token.isWord("null") ? Literal.Kind.NULL
          : token.isWord("true") || token.isWord("false") ? Literal.Kind.BOOLEAN : null;
      default -> null;
    };
    if (kind == null) {
      if (token.kind() == Token.Kind.WORD) {
        throw SoqlException.malformed("unsupported literal '" + token.text() + "' at position " + token.position()
            + " (date literals such as TODAY or LAST_N_DAYS:n and bind variables are not supported)");
      }
      throw unexpected(token);
    }
    return new Literal(kind, token.text());
  }

  private List<Soql.Order> orderBy() {
    List<Soql.Order> keys = new ArrayList<>();
    do {
      String field = word("a field name");
      boolean descending = acceptWord("DESC");
      if (!descending) {
        acceptWord("ASC");
      }
      boolean nullsLast = descending;
      if (acceptWord("NULLS")) {
        nullsLast = acceptWord("LAST");
        if (!nullsLast) {
          expectWord("FIRST");
        }
      }
      keys.add(new Soql.Order(field, descending, nullsLast));
    } while (accept(Token.Kind.COMMA));
    return keys;
  }

  private Integer limit() {
    Token token = next();
    if (token.kind() != Token.Kind.NUMBER || token.text().contains(".") || token.text().startsWith("-")) {
      throw SoqlException.malformed("LIMIT needs a non-negative whole number, got '" + token.text() + "'");
    }
    try {
      return Integer.valueOf(token.text());
    } catch (NumberFormatException e) {
      throw SoqlException.malformed("LIMIT is too large: " + token.text());
    }
  }

  private String word(String what) {
    Token token = next();
    if (token.kind() != Token.Kind.WORD || isReserved(token.text())) {
      throw SoqlException.malformed("expected " + what + " at position " + token.position()
          + (token.kind() == Token.Kind.END ? " but the query ended" : ", got '" + token.text() + "'"));
    }
    return token.text();
  }

  private static boolean isReserved(String word) {
    return RESERVED.contains(word.toUpperCase(java.util.Locale.ROOT));
  }

  private SoqlException unexpected(Token token) {
    if (token.kind() == Token.Kind.END) {
      return SoqlException.malformed("unexpected end of query");
    }
    if (token.kind() == Token.Kind.WORD && UNSUPPORTED_CLAUSES.contains(token.text().toUpperCase(java.util.Locale.ROOT))) {
      return SoqlException.malformed(token.text() + " is not supported by the emulator");
    }
    return SoqlException.malformed("unexpected token: '" + token.text() + "' at position " + token.position());
  }

  private Token peek() {
    return tokens.get(at);
  }

  private Token next() {
    Token token = tokens.get(at);
    if (token.kind() != Token.Kind.END) {
      at++;
    }
    return token;
  }

  private boolean accept(Token.Kind kind) {
    if (peek().kind() == kind) {
      at++;
      return true;
    }
    return false;
  }

  private boolean acceptWord(String word) {
    if (peek().isWord(word)) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(Token.Kind kind, String what) {
    Token token = next();
    if (token.kind() != kind) {
      throw SoqlException.malformed("expected " + what + " at position " + token.position() + ", got '"
          + token.text() + "'");
    }
  }

  private void expectWord(String word) {
    Token token = next();
    if (!token.isWord(word)) {
      throw SoqlException.malformed("expected " + word + " at position " + token.position()
          + (token.kind() == Token.Kind.END ? " but the query ended" : ", got '" + token.text() + "'"));
    }
  }
}
