package dev.crmsync.emulator.generate;

/**
 * The word of a company name that says what it does ("Networks"), with the industry the CRM's picklist and the
 * directory each file it under.
 */
record CompanyWord(String word, String crmIndustry, String directoryIndustry) {
  /** Parses {@code Word=CRM industry|directory industry}. */
  static CompanyWord parse(String item) {
    int equals = item.indexOf('=');
    int bar = item.indexOf('|');
    if (equals < 0 || bar < equals) {
      throw new IllegalArgumentException("company word must be Word=CrmIndustry|DirectoryIndustry, got " + item);
    }
    return new CompanyWord(item.substring(0, equals), item.substring(equals + 1, bar), item.substring(bar + 1));
  }
}
