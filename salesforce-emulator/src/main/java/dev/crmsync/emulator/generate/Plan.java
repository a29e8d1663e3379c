package dev.crmsync.emulator.generate;

/**
 * The per-company and per-person chances that make the expected record counts meet a spec's targets.
 *
 * @param companies companies in the world; about half are accounts
 * @param peopleMean people per company on average
 * @param directoryShare chance that a person is in the directory
 * @param contactChance chance that a person working at an account's company is one of its contacts
 * @param leadChance chance that a person who is no contact is a lead
 * @param opportunitiesPerAccount opportunities per (non-duplicate) account on average
 */
record Plan(int companies, double peopleMean, double directoryShare, double contactChance, double leadChance,
    double opportunitiesPerAccount) {
  /** Contacts never take more than this share of an account's people, so a directory keeps non-customers. */
  private static final double MAX_CONTACT_CHANCE = 0.8;
  private static final double MAX_LEAD_CHANCE = 0.5;
  private static final double MAX_DIRECTORY_SHARE = 0.95;

  static Plan of(GeneratorSpec spec) {
    NoiseRates noise = spec.noise();
    double mainAccounts = spec.accounts() / (1 + noise.duplicateAccount());
    int companies = (int) Math.max(1, Math.ceil(mainAccounts / World.ACCOUNT_SHARE));
    double contacts = spec.contacts();
    double independentLeads = Math.max(0, spec.leads() - contacts * (noise.leadAndContact() + noise.convertedLead()));
    double people = Math.max(companies, Math.max(contacts / (World.ACCOUNT_SHARE * MAX_CONTACT_CHANCE),
        Math.max(independentLeads / MAX_LEAD_CHANCE, spec.directoryPeople() / MAX_DIRECTORY_SHARE)));
    double decoys = noise.decoy() * (contacts + independentLeads);
    double directoryShare = Math.clamp((spec.directoryPeople() - decoys) / people, 0, 1);
    double contactChance = Math.min(1, contacts / (people * World.ACCOUNT_SHARE));
    double leadChance = Math.min(1, independentLeads / Math.max(1, people - contacts));
    return new Plan(companies, people / companies, directoryShare, contactChance, leadChance,
        spec.opportunities() / Math.max(1, mainAccounts));
  }
}
