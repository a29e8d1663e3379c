package dev.crmsync.emulator.generate;

import java.util.EnumMap;
import java.util.Map;

/** Picks the name culture of a person living in a country, by the country's weights. */
final class Cultures {
  private static final Map<Country, String[]> TABLES = new EnumMap<>(Country.class);

  static {
    for (Country country : Country.values()) {
      TABLES.put(country, table(country.cultures()));
    }
  }

  private Cultures() {
  }

  /** A culture code ({@code en}, {@code de}...) naming the {@code given.*} and {@code family.*} sections. */
  static String pick(Country country, Rng rng) {
    String[] table = TABLES.get(country);
    return table[rng.below(table.length)];
  }

  private static String[] table(String weights) {
    String[] parts = weights.split(" ");
    int total = 0;
    for (String part : parts) {
      total += Integer.parseInt(part.substring(part.indexOf(':') + 1));
    }
    String[] table = new String[total];
    int at = 0;
    for (String part : parts) {
      String culture = part.substring(0, part.indexOf(':'));
      int weight = Integer.parseInt(part.substring(part.indexOf(':') + 1));
      for (int i = 0; i < weight; i++) {
        table[at++] = culture;
      }
    }
    return table;
  }
}
