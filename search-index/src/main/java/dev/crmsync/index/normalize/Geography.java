package dev.crmsync.index.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Countries to ISO 3166-1 alpha-2, states and provinces to their codes, postal codes to a comparable form. */
public final class Geography {
  private static final List<Locale> NAME_LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
      Locale.of("es"), Locale.ITALIAN, Locale.of("pt"), Locale.of("nl"));
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("usa", "US"), Map.entry("united states of america", "US"), Map.entry("america", "US"),
      Map.entry("us", "US"), Map.entry("uk", "GB"), Map.entry("england", "GB"), Map.entry("scotland", "GB"),
      Map.entry("wales", "GB"), Map.entry("northern ireland", "GB"), Map.entry("great britain", "GB"),
      Map.entry("britain", "GB"), Map.entry("holland", "NL"), Map.entry("deutschland", "DE"),
      Map.entry("brd", "DE"), Map.entry("south korea", "KR"), Map.entry("korea", "KR"),
      Map.entry("russia", "RU"), Map.entry("czech republic", "CZ"), Map.entry("uae", "AE"),
      Map.entry("viet nam", "VN"), Map.entry("turkiye", "TR"), Map.entry("ivory coast", "CI"));
  private static final Map<String, String> COUNTRIES = countries();
  private static final Map<String, Map<String, String>> STATES = states();

  private Geography() {
  }

  /**
   * The alpha-2 code of a country given by alpha-2, alpha-3 or name in English, German, French, Spanish, Italian,
   * Portuguese or Dutch ("Deutschland", "DEU", "de" all give "DE"); empty when unknown.
   */
  public static Optional<String> country(String value) {
    String folded = Text.fold(value);
    return folded.isEmpty() ? Optional.empty() : Optional.ofNullable(COUNTRIES.get(folded));
  }

  /**
   * The code of a state or province of the US, Canada, Australia, India or Germany, from its name or code
   * ("New South Wales" and "nsw" give "NSW"); other countries keep the folded value; empty for a blank value.
   * Without a country, the US is assumed when the value is a US state, the others are tried after it.
   */
  public static Optional<String> state(String value, String countryIso2) {
    String folded = Text.fold(value);
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    if (countryIso2 != null) {
      Map<String, String> codes = STATES.get(countryIso2);
      return Optional.of(codes == null ? folded : codes.getOrDefault(folded, folded));
    }
    for (String country : List.of("US", "CA", "AU", "IN", "DE")) {
      String code = STATES.get(country).get(folded);
      if (code != null) {
        return Optional.of(code);
      }
    }
    return Optional.of(folded);
  }

  /** A postal code without spaces, upper-cased; US ZIP+4 cut to its five digits. Empty for a blank value. */
  public static Optional<String> postalCode(String value, String countryIso2) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String compact = value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if ("US".equals(countryIso2) && compact.length() > 5 && compact.chars().allMatch(Character::isDigit)) {
      return Optional.of(compact.substring(0, 5));
    }
    return Optional.of(compact);
  }

  /** A city name folded for comparison ("München" gives "munchen"). */
  public static String city(String value) {
    return Text.fold(value);
  }

  private static Map<String, String> countries() {
    Map<String, String> byName = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = Locale.of("", code);
      byName.put(code.toLowerCase(Locale.ROOT), code);
      byName.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
      for (Locale language : NAME_LANGUAGES) {
        byName.putIfAbsent(Text.fold(country.getDisplayCountry(language)), code);
      }
    }
    byName.putAll(ALIASES);
    return Map.copyOf(byName);
  }

  private static Map<String, Map<String, String>> states() {
    Map<String, Map<String, String>> byCountry = new HashMap<>();
    try (InputStream in = Geography.class.getResourceAsStream("states.csv")) {
      if (in == null) {
        throw new IllegalStateException("states.csv is missing from the classpath");
      }
      List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      for (String line : lines.subList(1, lines.size())) {
        String[] parts = line.split(",");
        Map<String, String> codes = byCountry.computeIfAbsent(parts[0], k -> new HashMap<>());
        codes.put(Text.fold(parts[1]), parts[1]);
        codes.put(Text.fold(parts[2]), parts[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(byCountry);
  }
}
