package dev.crmsync.index.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Given-name variants from the nickname table (carltonnorthern/nicknames, Apache-2.0, shipped unmodified as
 * {@code nicknames.csv}). The table is not one-to-one ("bill" belongs to robert and william), so a shared
 * variant means "compatible", never "the same name".
 */
public final class Nicknames {
  private static final String RESOURCE = "nicknames.csv";

  private final Map<String, Set<String>> nicknamesOf;
  private final Map<String, Set<String>> formalNamesOf;

  private Nicknames(Map<String, Set<String>> nicknamesOf, Map<String, Set<String>> formalNamesOf) {
    this.nicknamesOf = nicknamesOf;
    this.formalNamesOf = formalNamesOf;
  }

  /** The table shipped with this module. */
  public static Nicknames bundled() {
    try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code formal,has_nickname,nickname} lines; the header line is skipped. */
  static Nicknames parse(List<String> lines) {
    Map<String, Set<String>> nicknamesOf = new HashMap<>();
    Map<String, Set<String>> formalNamesOf = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split(",");
      if (parts.length != 3 || !"has_nickname".equals(parts[1])) {
        continue;
      }
      nicknamesOf.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[2]);
      formalNamesOf.computeIfAbsent(parts[2], k -> new HashSet<>()).add(parts[0]);
    }
    return new Nicknames(freeze(nicknamesOf), freeze(formalNamesOf));
  }

  private static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
    Map<String, Set<String>> frozen = new HashMap<>();
    map.forEach((key, values) -> frozen.put(key, Set.copyOf(values)));
    return Map.copyOf(frozen);
  }

  /** Nicknames of a formal name ("william" gives bill, will, billy...); empty when none is known. */
  public Set<String> nicknamesOf(String formalName) {
    return nicknamesOf.getOrDefault(formalName.toLowerCase(Locale.ROOT), Set.of());
  }

  /** Formal names a nickname may stand for ("bill" gives robert, william...); empty when none is known. */
  public Set<String> formalNamesOf(String nickname) {
    return formalNamesOf.getOrDefault(nickname.toLowerCase(Locale.ROOT), Set.of());
  }

  /**
   * The name itself, the formal names it may stand for, and their nicknames: the names a person called
   * {@code name} may also be recorded under.
   */
  public Set<String> variants(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    Set<String> variants = new HashSet<>();
    variants.add(lower);
    variants.addAll(nicknamesOf(lower));
    for (String formal : formalNamesOf(lower)) {
      variants.add(formal);
      variants.addAll(nicknamesOf(formal));
    }
    return variants;
  }

  /** Whether two given names may be the same person's: equal, or one a known variant of the other. */
  public boolean compatible(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    String left = a.toLowerCase(Locale.ROOT);
    String right = b.toLowerCase(Locale.ROOT);
    if (nicknamesOf(left).contains(right) || formalNamesOf(left).contains(right)) {
      return true;
    }
    for (String formal : formalNamesOf(left)) {
      if (nicknamesOf(formal).contains(right)) {
        return true;
      }
    }
    return false;
  }
}
