package dev.crmsync.emulator.generate;

/**
 * A company of the generated world, as it really is; the directory and the CRM each hold a view of it.
 *
 * @param baseName the name without legal form ("Pine Networks")
 * @param phone the national significant number of its switchboard
 */
record Company(int index, String id, String baseName, String legalForm, Country country, City city, String street,
    String postalCode, String domain, CompanyWord word, int employees, long annualRevenue,
    EmailPattern emailPattern, String phone, boolean inDirectory, boolean hasAccount) {

  /** The full legal name ("Pine Networks GmbH"). */
  String name() {
    return baseName + " " + legalForm;
  }

  String website() {
    return "https://www." + domain;
  }

  Location location() {
    return new Location(city.name(), city.stateName(), country.displayName(), postalCode);
  }
}
