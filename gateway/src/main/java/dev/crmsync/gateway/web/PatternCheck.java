package dev.crmsync.gateway.web;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check of a JSON Schema {@code pattern} on a string, for the one-pass body reader. A pattern of the form
 * {@code ^[class]{m,n}$}, the form of every id in the document, is checked with a table of the ASCII characters
 * the class admits, which the JDK's regex itself fills in: where the regex walks a chain of ranges for each
 * character, and took a sixth of a badge call. A string the table does not admit (one with a character outside
 * ASCII, say) is not plainly valid, and goes to the general validator like any other. Other patterns use the
 * regex.
 */
final class PatternCheck {
  private static final Pattern CLASS_REPEATED = Pattern.compile("\\^(\\[[^\\]\\\\]+\\])\\{(\\d+),(\\d+)\\}\\$");
  private static final int ASCII = 128;

  private PatternCheck() {
  }

  /** What the pattern admits, found anywhere in the string as JSON Schema says. */
  static Predicate<String> of(String pattern) {
    Matcher form = CLASS_REPEATED.matcher(pattern);
    if (!form.matches()) {
      Pattern regex = Pattern.compile(pattern);
      return value -> regex.matcher(value).find();
    }
    boolean[] admitted = admitted(Pattern.compile(form.group(1)));
    int min = Integer.parseInt(form.group(2));
    int max = Integer.parseInt(form.group(3));
    return value -> value.length() >= min && value.length() <= max && all(value, admitted);
  }

  private static boolean[] admitted(Pattern characterClass) {
    boolean[] admitted = new boolean[ASCII];
    for (char c = 0; c < ASCII; c++) {
      admitted[c] = characterClass.matcher(String.valueOf(c)).matches();
    }
    return admitted;
  }

  private static boolean all(String value, boolean[] admitted) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= ASCII || !admitted[c]) {
        return false;
      }
    }
    return true;
  }
}
