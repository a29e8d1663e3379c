package dev.crmsync.emulator.soql;

/**
 * One lexical token of a query.
 *
 * @param kind what it is
 * @param text its text (a string literal's text is unescaped)
 * @param position where it starts in the query
 */
record Token(Kind kind, String text, int position) {
  enum Kind { WORD, STRING, NUMBER, DATE, DATETIME, OPERATOR, LPAREN, RPAREN, COMMA, COLON, END }

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }
}
