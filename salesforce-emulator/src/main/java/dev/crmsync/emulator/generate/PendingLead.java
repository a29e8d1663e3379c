package dev.crmsync.emulator.generate;

/**
 * A lead decided while going through a company's people, written once the company's opportunities exist so a
 * converted lead can name the opportunity it became.
 *
 * @param conversion the account and contact it was converted into (the opportunity is not known yet), or null
 *     while it is open
 */
record PendingLead(String id, String owner, CrmPerson view, Company employer, String companyName,
    PersonRecords.Conversion conversion) {
}
