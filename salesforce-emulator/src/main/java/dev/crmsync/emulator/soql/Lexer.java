package dev.crmsync.emulator.soql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a SOQL query into tokens. */
final class Lexer {
  private static final Pattern DATETIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\dT])");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?(?![\\w-])");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  private static final Pattern OPERATOR = Pattern.compile("!=|<>|<=|>=|=|<|>");

  private final String query;
  private int at;

  private Lexer(String query) {
    this.query = query;
  }

  static List<Token> tokens(String query) {
    return new Lexer(query).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (at < query.length() && Character.isWhitespace(query.charAt(at))) {
        at++;
      }
      if (at >= query.length()) {
        tokens.add(new Token(Token.Kind.END, "", at));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    char c = query.charAt(at);
    int start = at;
    switch (c) {
      case '(' -> {
        at++;
        return new Token(Token.Kind.LPAREN, "(", start);
      }
      case ')' -> {
        at++;
        return new Token(Token.Kind.RPAREN, ")", start);
      }
      case ',' -> {
        at++;
        return new Token(Token.Kind.COMMA, ",", start);
      }
      case ':' -> {
        at++;
        return new Token(Token.Kind.COLON, ":", start);
      }
      case '\'' -> {
        return string();
      }
      default -> {
        for (var kind : List.of(Token.Kind.DATETIME, Token.Kind.DATE, Token.Kind.NUMBER, Token.Kind.WORD,
            Token.Kind.OPERATOR)) {
          Matcher m = pattern(kind).matcher(query).region(at, query.length());
          if (m.lookingAt()) {
            at = m.end();
            return new Token(kind, m.group(), start);
          }
        }
        throw SoqlException.malformed("unexpected character '" + c + "' at position " + start);
      }
    }
  }

  private static Pattern pattern(Token.Kind kind) {
    return switch (kind) {
      case DATETIME -> DATETIME;
      case DATE -> DATE;
      case NUMBER -> NUMBER;
      case WORD -> WORD;
      default -> OPERATOR;
    };
  }

  private Token string() {
    int start = at++;
    StringBuilder text = new StringBuilder();
    while (at < query.length()) {
      char c = query.charAt(at++);
      if (c == '\'') {
        return new Token(Token.Kind.STRING, text.toString(), start);
      }
      if (c == '\\' && at < query.length()) {
        char escaped = query.charAt(at++);
        text.append(switch (escaped) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          default -> escaped;
        });
      } else {
        text.append(c);
      }
    }
    throw SoqlException.malformed("unterminated string literal at position " + start);
  }
}
