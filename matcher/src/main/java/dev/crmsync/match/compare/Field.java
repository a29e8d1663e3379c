package dev.crmsync.match.compare;

/** The fields the matcher compares; each has one comparator in {@link Comparators}. */
public enum Field {
  GIVEN, FAMILY, EMAIL, PHONE, COMPANY, DOMAIN, TITLE, STREET, CITY, POSTAL_CODE, STATE, COUNTRY
}
