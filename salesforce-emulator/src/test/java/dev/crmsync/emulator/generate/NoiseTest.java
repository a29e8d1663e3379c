package dev.crmsync.emulator.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmsync.index.names.Nicknames;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class NoiseTest {
  private static final NoiseRates RATES = NoiseRates.NONE.with("typo", 0.3).with("swappedNames", 0.2)
      .with("missingEmail", 0.25).with("personalEmail", 0.2).with("nickname", 0.5).with("missingPhone", 0.3)
      .with("countrySpelling", 0.5).with("staleLocation", 0.1).with("staleEmployer", 0.2)
      .with("staleTitle", 0.2);
  private static final CapturedWorld WORLD =
      CapturedWorld.of(GeneratorSpec.forTotal(5, 12_000, null).withNoise(RATES));

  @Test
  void eachNoiseHitsItsShareOfTheRecordsWhereItApplies() {
    List<TruthLink> links = WORLD.personLinks();
    assertThat(links).hasSizeGreaterThan(2_000);
    assertThat(share(links, "typo")).isCloseTo(0.3, within(0.04));
    assertThat(share(links, "swapped_names")).isCloseTo(0.2, within(0.04));
    assertThat(share(links, "missing_email")).isCloseTo(0.25, within(0.04));
    assertThat(share(links, "personal_email")).isCloseTo(0.75 * 0.2, within(0.04));
    assertThat(share(links, "missing_phone")).isCloseTo(0.3, within(0.04));
    assertThat(share(links, "country_spelling")).isCloseTo(0.5, within(0.04));
    assertThat(share(links, "stale_location")).isCloseTo(0.1, within(0.03));
    Nicknames nicknames = Nicknames.bundled();
    List<TruthLink> nicknameable = links.stream().filter(link ->
        nicknames.nicknamesOf(WORLD.people.get(link.profileId()).firstName()).stream()
            .anyMatch(nick -> nick.length() > 1)).toList();
    assertThat(share(nicknameable, "nickname")).isCloseTo(0.5, within(0.06));
    assertThat(share(links, "accents_stripped")).isZero();
  }

  @Test
  void nicknamedRecordsCarryAKnownNicknameOfTheProfilesName() {
    Nicknames nicknames = Nicknames.bundled();
    Map<String, CapturedWorld.Row> byId = WORLD.byId();
    WORLD.personLinks().stream().filter(tagged("nickname").and(tagged("swapped_names").negate())
        .and(tagged("typo").negate())).forEach(link -> {
          String crmFirst = byId.get(link.crmId()).get("FirstName");
          assertThat(nicknames.nicknamesOf(WORLD.people.get(link.profileId()).firstName()))
              .contains(crmFirst.toLowerCase(java.util.Locale.ROOT));
        });
  }

  @Test
  void swappedRecordsHoldTheNamesTheOtherWayRoundAndCleanOnesAsTheyAre() {
    CapturedWorld world = CapturedWorld.of(GeneratorSpec.forTotal(6, 3_000, null)
        .withNoise(NoiseRates.NONE.with("swappedNames", 0.3)));
    Map<String, CapturedWorld.Row> byId = world.byId();
    for (TruthLink link : world.personLinks()) {
      CapturedWorld.Row row = byId.get(link.crmId());
      DirectoryPerson person = world.people.get(link.profileId());
      boolean swapped = link.noise().contains("swapped_names");
      assertThat(row.get("FirstName")).isEqualTo(swapped ? person.lastName() : person.firstName());
      assertThat(row.get("LastName")).isEqualTo(swapped ? person.firstName() : person.lastName());
    }
  }

  @Test
  void staleFactsAreTheProfilesPastAndItsPresent() {
    assertThat(WORLD.stale).extracting(StaleFact::field).contains("employer", "title", "location");
    for (StaleFact fact : WORLD.stale) {
      DirectoryPerson person = WORLD.people.get(fact.profileId());
      Position current = person.positions().get(0);
      List<Position> past = person.positions().subList(1, person.positions().size());
      switch (fact.field()) {
        case "employer" -> {
          assertThat(fact.currentValue()).isEqualTo(current.companyName());
          assertThat(past).extracting(Position::companyName).contains(fact.crmValue());
        }
        case "title" -> {
          assertThat(fact.currentValue()).isEqualTo(current.title());
          assertThat(past).extracting(Position::title).contains(fact.crmValue());
        }
        default -> {
          assertThat(fact.currentValue()).isEqualTo(person.location().city());
          assertThat(fact.crmValue()).isNotEqualTo(fact.currentValue());
        }
      }
    }
  }

  private static Predicate<TruthLink> tagged(String tag) {
    return link -> link.noise().contains(tag);
  }

  private static double share(List<TruthLink> links, String tag) {
    return links.stream().filter(tagged(tag)).count() / (double) links.size();
  }
}
