package dev.crmsync.emulator.generate;

/**
 * A city people and companies are located in.
 *
 * @param postalPattern a postal code shape: {@code #} is a digit, {@code @} a letter
 * @param areaCode the leading digits of its landlines' national significant numbers
 */
record City(Country country, String name, String stateCode, String stateName, String postalPattern,
    String areaCode) {
  City {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got " + name);
    }
  }

  String postalCode(Rng rng) {
    char[] out = postalPattern.toCharArray();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '#') {
        out[i] = (char) ('0' + rng.below(10));
      } else if (out[i] == '@') {
        out[i] = (char) ('A' + rng.below(26));
      }
    }
    return new String(out);
  }
}
