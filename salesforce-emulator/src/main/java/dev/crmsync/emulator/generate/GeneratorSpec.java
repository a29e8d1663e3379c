package dev.crmsync.emulator.generate;

/**
 * What to generate. Counts are targets: the generator draws each record independently, so a count comes out
 * within a few percent of its target (closer the larger it is). Opportunity contact roles (about 1.1 per
 * opportunity) and account team members (about 0.36 per account) follow from the other counts.
 *
 * @param seed the same seed and spec give byte-identical output
 * @param users CRM users, in a role hierarchy; at least 8 (a CEO, sales leaders, reps and an integration user)
 * @param directoryPeople directory people, namesakes (decoys) included
 */
public record GeneratorSpec(long seed, int users, int accounts, int contacts, int leads, int opportunities,
    int directoryPeople, NoiseRates noise) {
  /** Share of a total CRM record count that goes to each object in {@link #forTotal}. */
  private static final double ACCOUNT_SHARE = 0.10;
  private static final double CONTACT_SHARE = 0.32;
  private static final double LEAD_SHARE = 0.30;
  private static final double OPPORTUNITY_SHARE = 0.11;
  private static final int MIN_USERS = 8;
  private static final int MAX_USERS = 5_000;

  public GeneratorSpec {
    if (users < MIN_USERS) {
      throw new IllegalArgumentException("users must be >= " + MIN_USERS + ", got " + users);
    }
    if (accounts < 1) {
      throw new IllegalArgumentException("accounts must be >= 1, got " + accounts);
    }
    if (contacts < 0) {
      throw new IllegalArgumentException("contacts must be >= 0, got " + contacts);
    }
    if (leads < 0) {
      throw new IllegalArgumentException("leads must be >= 0, got " + leads);
    }
    if (opportunities < 0) {
      throw new IllegalArgumentException("opportunities must be >= 0, got " + opportunities);
    }
    if (directoryPeople < 1) {
      throw new IllegalArgumentException("directoryPeople must be >= 1, got " + directoryPeople);
    }
    if (noise == null) {
      throw new IllegalArgumentException("noise must not be null");
    }
  }

  /**
   * About {@code crmRecords} CRM records of all objects in realistic proportions, with realistic noise, and a
   * directory of {@code directoryPeople} people, or as many as there are CRM contacts and leads when null.
   */
  public static GeneratorSpec forTotal(long seed, long crmRecords, Integer directoryPeople) {
    if (crmRecords < 100 || crmRecords > 200_000_000L) {
      throw new IllegalArgumentException("crmRecords must be in [100, 200000000], got " + crmRecords);
    }
    int users = (int) Math.clamp(crmRecords / 1_000, MIN_USERS, MAX_USERS);
    int contacts = (int) (crmRecords * CONTACT_SHARE);
    int leads = (int) (crmRecords * LEAD_SHARE);
    int people = directoryPeople == null ? contacts + leads : directoryPeople;
    return new GeneratorSpec(seed, users, (int) (crmRecords * ACCOUNT_SHARE), contacts, leads,
        (int) (crmRecords * OPPORTUNITY_SHARE), people, NoiseRates.REALISTIC);
  }

  /** This spec with other noise rates. */
  public GeneratorSpec withNoise(NoiseRates rates) {
    return new GeneratorSpec(seed, users, accounts, contacts, leads, opportunities, directoryPeople, rates);
  }
}
