package dev.crmsync.index.normalize;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Case and accent folding, the first step of every other normalizer. */
public final class Text {
  private Text() {
  }

  /**
   * Lower-case ASCII letters and digits separated by single spaces: accents folded by Lucene's ASCII folding
   * table (so "ß" gives "ss" and "Ø" gives "o", which Unicode decomposition alone misses), everything else a
   * separator. Dots and apostrophes join ("A.M.D." gives "amd", "O'Brien" gives "obrien"). Null gives "".
   */
  public static String fold(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char[] input = value.toCharArray();
    char[] folded = new char[input.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(input, 0, folded, 0, input.length);
    StringBuilder out = new StringBuilder(length);
    boolean pendingSpace = false;
    for (int i = 0; i < length; i++) {
      char c = folded[i];
      if (c == '.' || c == '\'' || c == '\u2019') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && !out.isEmpty()) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(Character.toLowerCase(c));
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  /** The folded tokens of a value. */
  public static List<String> tokens(String value) {
    String folded = fold(value);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  /** The non-blank values, each trimmed. */
  public static List<String> present(List<String> values) {
    List<String> present = new ArrayList<>();
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        present.add(value.trim());
      }
    }
    return present;
  }

  /** Null for a null or blank value, else the value trimmed. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
