package dev.crmsync.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import dev.crmsync.index.names.Nicknames;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparatorsTest {
  private final Comparators comparators = new Comparators(Nicknames.bundled());

  private static Entry crm(String given, String family) {
    return new EntryBuilder("c", Source.CONTACT).name(given, family).build();
  }

  private static Entry profile(String given, String family) {
    return new EntryBuilder("p", Source.DIRECTORY_PERSON).name(given, family).build();
  }

  private Level given(String a, String b) {
    return comparators.compare(Field.GIVEN, crm(a, "x"), profile(b, "y")).level();
  }

  private Level family(String a, String b) {
    return comparators.compare(Field.FAMILY, crm("x", a), profile("y", b)).level();
  }

  @Test
  void wordOverlapIsTheShareOfTheShorterValuesWordsFoundInTheOther() {
    assertThat(Comparators.wordOverlap("acme labs", "acme research labs")).isEqualTo(1.0);
    assertThat(Comparators.wordOverlap("acme research labs", "acme works")).isEqualTo(0.5);
    assertThat(Comparators.wordOverlap("acme", "acmes labs")).isZero();
    assertThat(Comparators.wordOverlap("senior vice president", "president")).isEqualTo(1.0);
  }

  @Test
  void theBoundOfSimilarityLetThroughEverySimilarPairAndStopsUnlikeOnes() {
    List<String> values = List.of("martha", "marhta", "dwayne", "duane", "dixon", "dickson", "jonathan", "jon",
        "smith", "smyth", "schmidt", "acme corporation", "acme corp", "acme corporatoin", "globex", "initech",
        "umbrella", "a", "ab", "ba", "12 oak street", "oak street 12", "kowalski", "kowalsky", "o'brien", "obrien");
    for (String a : values) {
      for (String b : values) {
        if (Comparators.similarity(a, b) >= Comparators.SIMILAR) {
          assertThat(Comparators.mayReachSimilar(a, b)).as("%s ~ %s", a, b).isTrue();
        }
        assertThat(Comparators.similar(a, b)).as("%s ~ %s", a, b)
            .isEqualTo(Comparators.similarity(a, b) >= Comparators.SIMILAR);
      }
    }
    assertThat(Comparators.mayReachSimilar("globex", "initech")).isFalse();
    assertThat(Comparators.mayReachSimilar("dwayne", "jonathan")).isFalse();
  }

  @Test
  void givenNamesFromExactToInitial() {
    assertThat(given("José", "jose")).isEqualTo(Level.EXACT);
    assertThat(given("Bill", "William")).isEqualTo(Level.VARIANT);
    assertThat(given("Peggy", "Margaret")).isEqualTo(Level.VARIANT);
    assertThat(given("Kristofer", "Kristoffer")).isEqualTo(Level.SIMILAR);
    assertThat(given("Katherine", "Cathryn")).isEqualTo(Level.PHONETIC);
    assertThat(given("J.", "John")).isEqualTo(Level.INITIAL);
    assertThat(given("Susan", "Robert")).isEqualTo(Level.DIFFERENT);
    assertThat(given("", "Robert")).isEqualTo(Level.MISSING);
  }

  @Test
  void exactAgreementReportsTheValueSoItsFrequencyCanWeighIt() {
    assertThat(comparators.compare(Field.FAMILY, crm("a", "Smith"), profile("b", "SMITH")).value())
        .isEqualTo("smith");
  }

  @Test
  void familyNamesWithTyposSoundsAndDoubleNames() {
    assertThat(family("Müller", "Muller")).isEqualTo(Level.EXACT);
    assertThat(family("Richardson", "Richardsen")).isEqualTo(Level.SIMILAR);
    assertThat(family("Smith", "Smyth")).isEqualTo(Level.PHONETIC);
    assertThat(family("Schmidt", "Shmit")).isEqualTo(Level.PHONETIC);
    assertThat(family("Richards-Morales", "Morales")).isEqualTo(Level.PARTIAL);
    assertThat(family("Jones", "Nguyen")).isEqualTo(Level.DIFFERENT);
  }

  @Test
  void swappedGivenAndFamilyNamesAreRecognizedEvenWithATypo() {
    Entry left = crm("Sean", "Hewson");
    Entry right = profile("Hewson", "Seanb");
    assertThat(comparators.compare(Field.GIVEN, left, right).level()).isEqualTo(Level.SWAPPED);
    assertThat(comparators.compare(Field.FAMILY, left, right).level()).isEqualTo(Level.SWAPPED);
  }

  @Test
  void emailsExactLocalPartAndTypo() {
    Entry left = new EntryBuilder("c", Source.LEAD).email("Jane.Doe+news@acme.com").build();
    assertThat(comparators.compare(Field.EMAIL, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).email("jane.doe@acme.com").build()).level())
        .isEqualTo(Level.EXACT);
    assertThat(comparators.compare(Field.EMAIL, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).email("jane.doe@example.org").build()).level())
        .isEqualTo(Level.PARTIAL);
    assertThat(comparators.compare(Field.EMAIL, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).email("jane.dow@other.com").build()).level())
        .isEqualTo(Level.SIMILAR);
    assertThat(comparators.compare(Field.EMAIL, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).email("bob@acme.com").build()).level())
        .isEqualTo(Level.DIFFERENT);
  }

  @Test
  void phonesInAnyFormatAgreeInE164() {
    Entry left = new EntryBuilder("c", Source.LEAD).phone("(030) 1234567").address(null, null, null, null, "Germany")
        .build();
    Entry same = new EntryBuilder("p", Source.DIRECTORY_PERSON).phone("+49 30 1234567").build();
    Entry otherArea = new EntryBuilder("p", Source.DIRECTORY_PERSON).phone("+49 40 1234567").build();
    assertThat(comparators.compare(Field.PHONE, left, same).level()).isEqualTo(Level.EXACT);
    assertThat(comparators.compare(Field.PHONE, left, otherArea).level()).isEqualTo(Level.PARTIAL);
  }

  @Test
  void companiesLegalFormsAcronymsAndFormerEmployers() {
    Entry left = new EntryBuilder("c", Source.LEAD).company("Advanced Micro Devices, Inc.").build();
    assertThat(comparators.compare(Field.COMPANY, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).company("Advanced Micro Devices GmbH").build()).level())
        .isEqualTo(Level.EXACT);
    assertThat(comparators.compare(Field.COMPANY, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).company("AMD").build()).level()).isEqualTo(Level.ACRONYM);
    assertThat(comparators.compare(Field.COMPANY, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).company("Advanced Micro").build()).level())
        .isEqualTo(Level.SIMILAR);
    assertThat(comparators.compare(Field.COMPANY, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).company("Intel").pastCompany("AMD Inc").build()).level())
        .isEqualTo(Level.PAST);
    assertThat(comparators.compare(Field.COMPANY, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).company("Intel").build()).level())
        .isEqualTo(Level.DIFFERENT);
  }

  @Test
  void domainsFromWebsitesAndWorkEmailsButNotFreeMail() {
    Entry lead = new EntryBuilder("c", Source.LEAD).email("jane@mail.acme.co.uk").build();
    Entry atAcme = new EntryBuilder("p", Source.DIRECTORY_PERSON).website("https://www.acme.co.uk").build();
    Entry gmailLead = new EntryBuilder("c", Source.LEAD).email("jane@gmail.com").build();
    assertThat(comparators.compare(Field.DOMAIN, lead, atAcme).level()).isEqualTo(Level.EXACT);
    assertThat(comparators.compare(Field.DOMAIN, gmailLead, atAcme).level()).isEqualTo(Level.MISSING);
  }

  @Test
  void geographyAcrossSpellings() {
    Entry left = new EntryBuilder("c", Source.LEAD).address("1 Main St", "München", "Bavaria", "80331", "Germany")
        .build();
    Entry right = new EntryBuilder("p", Source.DIRECTORY_PERSON)
        .address(null, "Munchen", "BY", "80313", "DEU").build();
    assertThat(comparators.compare(Field.CITY, left, right).level()).isEqualTo(Level.EXACT);
    assertThat(comparators.compare(Field.STATE, left, right).level()).as("implied by the city")
        .isEqualTo(Level.IMPLIED);
    assertThat(comparators.compare(Field.COUNTRY, left, right).level()).isEqualTo(Level.IMPLIED);
    Entry elsewhere = new EntryBuilder("p", Source.DIRECTORY_PERSON).address(null, "Hamburg", "HH", "20095", "DE")
        .build();
    assertThat(comparators.compare(Field.COUNTRY, left, elsewhere).level()).isEqualTo(Level.EXACT);
    assertThat(comparators.compare(Field.STATE, left, elsewhere).level()).as("implied by the city")
        .isEqualTo(Level.IMPLIED);
    assertThat(comparators.compare(Field.POSTAL_CODE, left, right).level()).isEqualTo(Level.PARTIAL);
    assertThat(comparators.compare(Field.STREET, left, right).level()).isEqualTo(Level.MISSING);
  }

  @Test
  void titlesAgreeAfterExpandingAbbreviations() {
    Entry left = new EntryBuilder("c", Source.LEAD).title("VP Sales").build();
    assertThat(comparators.compare(Field.TITLE, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).title("Vice President Sales").build()).level())
        .isEqualTo(Level.EXACT);
    assertThat(comparators.compare(Field.TITLE, left,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).title("Software Engineer").build()).level())
        .isEqualTo(Level.DIFFERENT);
  }

  @Test
  void titlesAgreeWithoutFillerWordsGradesOrSpelledOutShorthands() {
    for (String[] same : new String[][] {{"Global Head Legal", "Global Head of Legal"},
        {"Procurement Analyst II", "Procurement Analyst"}, {"HR Specialist", "Human Resources Specialist"},
        {"BizDev Coordinator", "Business Development Coordinator"}, {"CRO", "Chief Revenue Officer"}}) {
      assertThat(comparators.compare(Field.TITLE, new EntryBuilder("c", Source.LEAD).title(same[0]).build(),
          new EntryBuilder("p", Source.DIRECTORY_PERSON).title(same[1]).build()).level())
          .as(same[0] + " / " + same[1]).isEqualTo(Level.EXACT);
    }
    assertThat(comparators.compare(Field.TITLE,
        new EntryBuilder("c", Source.LEAD).title("Head of Procurement").build(),
        new EntryBuilder("p", Source.DIRECTORY_PERSON).title("Director of Procurement").build()).level())
        .as("alike, not the same").isEqualTo(Level.SIMILAR);
  }
}
