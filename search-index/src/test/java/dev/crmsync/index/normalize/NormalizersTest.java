package dev.crmsync.index.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizersTest {
  @Test
  void foldsCaseAccentsAndLettersUnicodeDecompositionMisses() {
    assertThat(Text.fold("  Müller-Lüdenscheidt ")).isEqualTo("muller ludenscheidt");
    assertThat(Text.fold("Straße")).isEqualTo("strasse");
    assertThat(Text.fold("Søren Ødegård")).isEqualTo("soren odegard");
    assertThat(Text.fold("Łukasz")).isEqualTo("lukasz");
    assertThat(Text.fold("O'Brien")).isEqualTo("obrien");
    assertThat(Text.fold(null)).isEmpty();
  }

  @Test
  void personNamesLoseHonorificsAndSuffixes() {
    assertThat(PersonNames.normalize("Dr. José-María Núñez Jr.")).isEqualTo("jose maria nunez");
    assertThat(PersonNames.normalize("Mr John Smith III")).isEqualTo("john smith");
  }

  @Test
  void soundAlikeNamesShareAPhoneticKey() {
    assertThat(PersonNames.phonetic("smith")).isEqualTo(PersonNames.phonetic("smyth"));
    assertThat(PersonNames.phonetic("catherine")).isEqualTo(PersonNames.phonetic("kathryn"));
    assertThat(PersonNames.phonetic("smith")).isNotEqualTo(PersonNames.phonetic("jones"));
  }

  @Test
  void emailsDropPlusTagsAndCase() {
    assertThat(Emails.normalize(" Jane.Doe+crm@Acme.COM ")).hasValue("jane.doe@acme.com");
    assertThat(Emails.normalize("j.a.n.e+x@gmail.com")).hasValue("jane@gmail.com");
    assertThat(Emails.normalize("mailto:bob@example.org")).hasValue("bob@example.org");
    assertThat(Emails.normalize("not an address")).isEmpty();
    assertThat(Emails.normalize("@acme.com")).isEmpty();
    assertThat(Emails.localPart("jane.doe@acme.com")).isEqualTo("jane.doe");
  }

  @Test
  void websitesReduceToTheRegistrableDomain() {
    assertThat(Domains.registrable("https://www.shop.acme.co.uk/about?x=1")).hasValue("acme.co.uk");
    assertThat(Domains.registrable("southernnetworks.de")).hasValue("southernnetworks.de");
    assertThat(Domains.registrable("HTTP://WWW.EXAMPLE.COM:8080")).hasValue("example.com");
    assertThat(Domains.registrable("localhost")).isEmpty();
    assertThat(Domains.registrable("n/a")).isEmpty();
  }

  @Test
  void freeMailCarriesNoEmployerEvidence() {
    assertThat(Domains.employerDomainOfEmail("jane@gmail.com")).isEmpty();
    assertThat(Domains.employerDomainOfEmail("jane@web.de")).isEmpty();
    assertThat(Domains.employerDomainOfEmail("jane@mail.acme.com")).hasValue("acme.com");
  }

  @Test
  void phonesBecomeE164UsingTheRecordsCountry() {
    assertThat(Phones.e164("(415) 555-2671", "US")).hasValue("+14155552671");
    assertThat(Phones.e164("030 1234567", "DE")).hasValue("+49301234567");
    assertThat(Phones.e164("+49 (0)30 1234567", null)).hasValue("+49301234567");
    assertThat(Phones.e164("0049 30 1234567", "DE")).hasValue("+49301234567");
    assertThat(Phones.e164("020 7946 0958", "GB")).hasValue("+442079460958");
    assertThat(Phones.e164("call me", "US")).isEmpty();
  }

  @Test
  void aNationalNumberWithoutCountryKeepsItsSubscriberDigits() {
    assertThat(Phones.key("(415) 555-2671", null)).hasValue("~5552671");
  }

  @Test
  void companyNamesLoseLegalFormsAndFiller() {
    assertThat(Companies.normalize("The Procter & Gamble Company")).isEqualTo("procter gamble");
    assertThat(Companies.normalize("Südwest Netze GmbH & Co. KG")).isEqualTo("sudwest netze");
    assertThat(Companies.normalize("Acme, Inc.")).isEqualTo("acme");
    assertThat(Companies.normalize("Nestlé S.A.")).isEqualTo("nestle");
    assertThat(Companies.normalize("Atlassian Pty Ltd")).isEqualTo("atlassian");
    assertThat(Companies.normalize("Infosys Pvt. Ltd.")).isEqualTo("infosys");
    assertThat(Companies.normalize("Inc.")).isEqualTo("inc");
  }

  @Test
  void acronymsComeFromMultiWordNames() {
    assertThat(Companies.acronym(Companies.normalize("Advanced Micro Devices, Inc."))).isEqualTo("amd");
    assertThat(Companies.acronym("ibm")).isEmpty();
    assertThat(Companies.isAcronym("amd", "advanced micro devices")).isTrue();
    assertThat(Companies.isAcronym("am", "advanced micro devices")).isFalse();
    assertThat(Companies.isAcronym("amdx", "advanced micro devices")).isFalse();
    assertThat(Companies.isAcronym("i", "ibm")).isFalse();
  }

  @Test
  void countriesFromNamesInSeveralLanguagesAndCodes() {
    assertThat(Geography.country("Germany")).hasValue("DE");
    assertThat(Geography.country("Deutschland")).hasValue("DE");
    assertThat(Geography.country("DEU")).hasValue("DE");
    assertThat(Geography.country("de")).hasValue("DE");
    assertThat(Geography.country("United States of America")).hasValue("US");
    assertThat(Geography.country("USA")).hasValue("US");
    assertThat(Geography.country("U.K.")).hasValue("GB");
    assertThat(Geography.country("Österreich")).hasValue("AT");
    assertThat(Geography.country("Espagne")).hasValue("ES");
    assertThat(Geography.country("Atlantis")).isEmpty();
  }

  @Test
  void statesFromNamesOrCodes() {
    assertThat(Geography.state("New South Wales", "AU")).hasValue("NSW");
    assertThat(Geography.state("nsw", "AU")).hasValue("NSW");
    assertThat(Geography.state("California", null)).hasValue("CA");
    assertThat(Geography.state("Bavaria", "DE")).hasValue("BY");
    assertThat(Geography.state("Bayern", "DE")).hasValue("BY");
    assertThat(Geography.state("Québec", "CA")).hasValue("QC");
    assertThat(Geography.state("Maharashtra", "IN")).hasValue("MH");
    assertThat(Geography.state("Île-de-France", "FR")).hasValue("ile de france");
  }

  @Test
  void postalCodesCompactAndUsZipsCut() {
    assertThat(Geography.postalCode("94105-1234", "US")).hasValue("94105");
    assertThat(Geography.postalCode("sw1a 1aa", "GB")).hasValue("SW1A1AA");
    assertThat(Geography.postalCode(" ", "GB")).isEmpty();
  }
}
