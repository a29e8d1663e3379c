package dev.crmsync.emulator.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The word lists the world is made of: {@code vocabulary.txt} sections and {@code cities.csv}. */
final class Vocabulary {
  private final Map<String, List<String>> sections;
  private final Map<Country, List<City>> cities;

  private Vocabulary(Map<String, List<String>> sections, Map<Country, List<City>> cities) {
    this.sections = sections;
    this.cities = cities;
  }

  /** The lists shipped with this package. */
  static Vocabulary bundled() {
    try (Reader words = open("vocabulary.txt"); Reader places = open("cities.csv")) {
      return new Vocabulary(parseSections(new BufferedReader(words).lines().toList()), parseCities(places));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The items of a section; fails on an unknown section so a typo in a name never yields an empty world. */
  List<String> section(String name) {
    List<String> items = sections.get(name);
    if (items == null) {
      throw new IllegalArgumentException("vocabulary has no section [" + name + "]");
    }
    return items;
  }

  List<City> cities(Country country) {
    return cities.get(country);
  }

  private static Reader open(String resource) {
    InputStream in = Vocabulary.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  static Map<String, List<String>> parseSections(List<String> lines) {
    Map<String, List<String>> sections = new HashMap<>();
    List<String> current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        sections.put(line.substring(1, line.length() - 1), current);
      } else if (current != null) {
        for (String item : line.split(",")) {
          if (!item.isBlank()) {
            current.add(item.strip());
          }
        }
      }
    }
    Map<String, List<String>> frozen = new HashMap<>();
    sections.forEach((name, items) -> frozen.put(name, List.copyOf(items)));
    return Map.copyOf(frozen);
  }

  private static Map<Country, List<City>> parseCities(Reader in) throws IOException {
    Map<Country, List<City>> byCountry = new EnumMap<>(Country.class);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord row : format.parse(in)) {
      Country country = Country.valueOf(row.get("country"));
      byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(new City(country, row.get("city"),
          emptyToNull(row.get("state_code")), emptyToNull(row.get("state")), row.get("postal_pattern"),
          row.get("area_code")));
    }
    for (Country country : Country.values()) {
      if (!byCountry.containsKey(country)) {
        throw new IllegalStateException("cities.csv has no city in " + country);
      }
    }
    return byCountry;
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
