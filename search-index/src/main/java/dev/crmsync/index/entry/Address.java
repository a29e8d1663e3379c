package dev.crmsync.index.entry;

/**
 * A normalized location; every part is "" when unknown. {@code country} is ISO 3166-1 alpha-2, {@code state} a
 * state code where one is known, {@code street} the folded street line including its number.
 */
public record Address(String street, String city, String state, String postalCode, String country) {
  public static final Address NONE = new Address("", "", "", "", "");

  public Address {
    street = nonNull(street);
    city = nonNull(city);
    state = nonNull(state);
    postalCode = nonNull(postalCode);
    country = nonNull(country);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
