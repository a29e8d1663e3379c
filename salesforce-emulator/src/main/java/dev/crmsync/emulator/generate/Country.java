package dev.crmsync.emulator.generate;

import java.util.List;

/**
 * The countries of the generated world, with what varies by country: how a CRM spells it, which name cultures
 * its people come from, company legal forms, web domains and phone numbering.
 */
enum Country {
  US("United States", "US", 35, "USD", List.of("USA", "U.S.", "U.S.A.", "United States of America", "us"),
      "en:70 es:12 in:8 zh:6 de:2 fr:2", List.of("Inc.", "LLC", "Corp.", "Corporation", "Co."), ".com",
      10, List.of(), 10),
  GB("United Kingdom", "GB", 12, "GBP", List.of("UK", "U.K.", "Great Britain", "England", "United Kingdom (GB)"),
      "en:80 in:10 zh:4 fr:3 de:3", List.of("Ltd", "Limited", "PLC", "LLP"), ".co.uk",
      10, List.of("74", "75", "77", "78", "79"), 10),
  DE("Germany", "DE", 12, "EUR", List.of("Deutschland", "DE", "GER", "germany", "Federal Republic of Germany"),
      "de:85 en:5 es:4 fr:3 zh:3", List.of("GmbH", "AG", "GmbH & Co. KG", "SE", "KG"), ".de",
      10, List.of("151", "160", "170", "171", "176"), 11),
  FR("France", "FR", 9, "EUR", List.of("FR", "FRA", "france", "République française"),
      "fr:85 es:5 en:5 de:3 pt:2", List.of("SA", "SAS", "SARL", "S.A."), ".fr",
      9, List.of("6", "7"), 9),
  IN("India", "IN", 12, "INR", List.of("IN", "IND", "Bharat", "india"),
      "in:97 en:3", List.of("Pvt Ltd", "Private Limited", "Limited", "Ltd."), ".in",
      10, List.of("98", "97", "91", "88", "70", "63"), 10),
  BR("Brazil", "BR", 8, "BRL", List.of("Brasil", "BR", "BRA", "brasil"),
      "pt:90 es:5 de:3 en:2", List.of("Ltda.", "S.A.", "S/A", "Ltda"), ".com.br",
      10, List.of(), 11),
  AU("Australia", "AU", 6, "AUD", List.of("AU", "AUS", "Aus", "Commonwealth of Australia"),
      "en:75 zh:10 in:8 es:3 de:2 fr:2", List.of("Pty Ltd", "Pty. Ltd.", "Limited"), ".com.au",
      9, List.of("4"), 9),
  CA("Canada", "CA", 6, "CAD", List.of("CA", "CAN", "canada", "Canada (CA)"),
      "en:65 fr:20 zh:8 in:7", List.of("Inc.", "Ltd.", "Corp.", "Limited"), ".ca",
      10, List.of(), 10);

  private final String displayName;
  private final String isoCode;
  private final int weight;
  private final String currency;
  private final List<String> crmSpellings;
  private final String cultures;
  private final List<String> legalForms;
  private final String topLevelDomain;
  private final int landlineLength;
  private final List<String> mobilePrefixes;
  private final int mobileLength;

  Country(String displayName, String isoCode, int weight, String currency, List<String> crmSpellings,
      String cultures, List<String> legalForms, String topLevelDomain, int landlineLength,
      List<String> mobilePrefixes, int mobileLength) {
    this.displayName = displayName;
    this.isoCode = isoCode;
    this.weight = weight;
    this.currency = currency;
    this.crmSpellings = crmSpellings;
    this.cultures = cultures;
    this.legalForms = legalForms;
    this.topLevelDomain = topLevelDomain;
    this.landlineLength = landlineLength;
    this.mobilePrefixes = mobilePrefixes;
    this.mobileLength = mobileLength;
  }

  String displayName() {
    return displayName;
  }

  String isoCode() {
    return isoCode;
  }

  /** Share of the world's companies headquartered here, relative to the other countries. */
  int weight() {
    return weight;
  }

  String currency() {
    return currency;
  }

  /** Spellings other than the display name that CRM users type. */
  List<String> crmSpellings() {
    return crmSpellings;
  }

  /** Name cultures of the people living here with their relative weights, as {@code "en:70 es:12"}. */
  String cultures() {
    return cultures;
  }

  List<String> legalForms() {
    return legalForms;
  }

  String topLevelDomain() {
    return topLevelDomain;
  }

  /** Digits of a landline's national significant number, area code included. */
  int landlineLength() {
    return landlineLength;
  }

  /** Leading digits of mobile numbers; empty where mobiles take a geographic area code (US, CA, BR). */
  List<String> mobilePrefixes() {
    return mobilePrefixes;
  }

  int mobileLength() {
    return mobileLength;
  }
}
