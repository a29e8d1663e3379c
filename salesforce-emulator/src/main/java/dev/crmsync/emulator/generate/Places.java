package dev.crmsync.emulator.generate;

import java.util.List;

/** Street addresses written the way each country writes them. */
final class Places {
  private Places() {
  }

  static String street(Vocabulary vocabulary, Country country, Rng rng) {
    int number = rng.between(1, 250);
    return switch (country) {
      case DE -> rng.pick(vocabulary.section("street.de")) + "straße " + number;
      case FR -> number + " rue " + rng.pick(vocabulary.section("street.fr"));
      case BR -> (rng.chance(0.5) ? "Rua " : "Avenida ") + rng.pick(vocabulary.section("street.pt")) + ", " + number;
      case IN -> number + ", " + rng.pick(vocabulary.section("street.in"));
      default -> number + " " + rng.pick(vocabulary.section("street.en")) + " "
          + rng.pick(vocabulary.section("street.en.suffix"));
    };
  }

  /** Another city of the same country when it has one, for a person who moved. */
  static City otherCity(Vocabulary vocabulary, City city, Rng rng) {
    List<City> cities = vocabulary.cities(city.country());
    City other = rng.pick(cities);
    return other.equals(city) ? cities.get((cities.indexOf(city) + 1) % cities.size()) : other;
  }
}
