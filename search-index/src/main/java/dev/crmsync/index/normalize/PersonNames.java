package dev.crmsync.index.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/** Person names folded for comparison, without honorifics and generational suffixes, and their sound keys. */
public final class PersonNames {
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "herr",
      "frau", "mme", "mlle");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba");
  private static final int PHONETIC_LENGTH = 6;

  private PersonNames() {
  }

  /** The folded name without honorifics or suffixes: "Dr. José-María Núñez Jr." gives "jose maria nunez". */
  public static String normalize(String name) {
    List<String> kept = new ArrayList<>();
    for (String token : Text.tokens(name)) {
      if (!HONORIFICS.contains(token) && !SUFFIXES.contains(token)) {
        kept.add(token);
      }
    }
    return String.join(" ", kept);
  }

  /** The first token of a normalized name (a given name's first name), or "". */
  public static String first(String normalized) {
    int space = normalized.indexOf(' ');
    return space < 0 ? normalized : normalized.substring(0, space);
  }

  /**
   * The Double Metaphone primary key of a normalized name, spaces removed ("smith" and "smyth" both give "SM0");
   * "" for an empty name. Not thread-safe instances are avoided by creating one per call.
   */
  public static String phonetic(String normalized) {
    if (normalized.isEmpty()) {
      return "";
    }
    DoubleMetaphone metaphone = new DoubleMetaphone();
    metaphone.setMaxCodeLen(PHONETIC_LENGTH);
    String key = metaphone.doubleMetaphone(normalized.replace(" ", ""));
    return key == null ? "" : key;
  }
}
