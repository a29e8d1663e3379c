package dev.crmsync.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentTest {
  private static final Thresholds THRESHOLDS = new Thresholds(10, 4, 3);
  private final Assignment assignment = new Assignment(THRESHOLDS);

  private static Ranked ranked(String crmId, Source source, Scored... candidates) {
    Entry crm = new EntryBuilder(crmId, source).name("Ann", "Lee").build();
    return new Ranked(crm, Arrays.stream(candidates)
        .sorted((a, b) -> Double.compare(b.score(), a.score())).toList());
  }

  private static Scored scored(String profileId, double score) {
    return new Scored(profileId, score, List.of());
  }

  private static Decision decisionOf(List<Decision> decisions, String crmId) {
    return decisions.stream().filter(d -> d.crmId().equals(crmId)).findFirst().orElse(null);
  }

  @Test
  void aProfileLinksToOneRecordAndARecordToOneProfile() {
    List<Decision> decisions = assignment.assign(List.of(
        ranked("lead1", Source.LEAD, scored("p1", 30), scored("p2", 12)),
        ranked("lead2", Source.LEAD, scored("p1", 25))), List.of(), Set.of());

    assertThat(decisions).hasSize(1);
    assertThat(decisionOf(decisions, "lead1").profileId()).isEqualTo("p1");
    assertThat(decisions.stream().map(Decision::profileId)).doesNotHaveDuplicates();
  }

  @Test
  void aRecordLosingItsBestProfileMayTakeItsNextFreeOne() {
    List<Decision> decisions = assignment.assign(List.of(
        ranked("a", Source.LEAD, scored("p1", 30)),
        ranked("b", Source.LEAD, scored("p1", 28), scored("p2", 20))), List.of(), Set.of());

    assertThat(decisionOf(decisions, "a").profileId()).isEqualTo("p1");
    Decision b = decisionOf(decisions, "b");
    assertThat(b.profileId()).isEqualTo("p2");
    assertThat(b.verdict()).as("p1 scored higher for b, so p2 is no clear winner").isEqualTo(Verdict.REVIEW);
  }

  @Test
  void twoCloseCandidatesGoToReviewWithTheRunnerUpStated() {
    Decision decision = assignment.assign(List.of(ranked("a", Source.LEAD, scored("p1", 20), scored("p2", 19))),
        List.of(), Set.of()).getFirst();

    assertThat(decision.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(decision.explanation().runnerUp()).isEqualTo(new RunnerUp("p2", 19));
  }

  @Test
  void scoresBetweenTheThresholdsAreReviewsAndBelowAreNothing() {
    List<Decision> decisions = assignment.assign(List.of(ranked("a", Source.LEAD, scored("p1", 6)),
        ranked("b", Source.LEAD, scored("p2", 3))), List.of(), Set.of());

    assertThat(decisions).singleElement().satisfies(d -> {
      assertThat(d.crmId()).isEqualTo("a");
      assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
    });
  }

  @Test
  void whenAPersonIsBothLeadAndContactTheContactGetsTheLinkAndSaysWhy() {
    List<Decision> decisions = assignment.assign(List.of(
        ranked("lead", Source.LEAD, scored("p1", 30)),
        ranked("contact", Source.CONTACT, scored("p1", 22))), List.of(), Set.of());

    assertThat(decisions).singleElement().satisfies(d -> {
      assertThat(d.crmId()).isEqualTo("contact");
      assertThat(d.verdict()).isEqualTo(Verdict.MATCH);
      assertThat(d.explanation().notes()).anySatisfy(note ->
          assertThat(note).contains("Lead lead also matches").contains(Assignment.CONTACT_PREFERRED));
    });
  }

  @Test
  void manualPinsWinOverTheModelAndTakeTheirProfile() {
    List<Decision> decisions = assignment.assign(List.of(
        ranked("a", Source.CONTACT, scored("p1", 30), scored("p2", 5)),
        ranked("b", Source.CONTACT, scored("p1", 29))),
        List.of(new ManualOverride("a", ManualOverride.Action.SET, "p2")), Set.of());

    Decision a = decisionOf(decisions, "a");
    assertThat(a.profileId()).isEqualTo("p2");
    assertThat(a.origin()).isEqualTo(Origin.MANUAL);
    assertThat(a.verdict()).isEqualTo(Verdict.MATCH);
    assertThat(decisionOf(decisions, "b").profileId()).isEqualTo("p1");
  }

  @Test
  void aRejectedProfileIsNeverProposedAgain() {
    List<Decision> decisions = assignment.assign(List.of(ranked("a", Source.CONTACT, scored("p1", 30))),
        List.of(new ManualOverride("a", ManualOverride.Action.REJECT, "p1")), Set.of());

    assertThat(decisions).isEmpty();
  }

  @Test
  void theLatestOverrideOfARecordWins() {
    List<ManualOverride> confirmedThenRejected = List.of(new ManualOverride("a", ManualOverride.Action.CONFIRM, "p1"),
        new ManualOverride("a", ManualOverride.Action.REJECT, "p1"));
    List<ManualOverride> rejectedThenSet = List.of(new ManualOverride("a", ManualOverride.Action.REJECT, "p1"),
        new ManualOverride("a", ManualOverride.Action.SET, "p1"));
    Ranked record = ranked("a", Source.CONTACT, scored("p1", 30), scored("p2", 14));

    assertThat(assignment.assign(List.of(record), confirmedThenRejected, Set.of()))
        .singleElement().satisfies(d -> assertThat(d.profileId()).isEqualTo("p2"));
    assertThat(assignment.assign(List.of(record), rejectedThenSet, Set.of()))
        .singleElement().satisfies(d -> {
          assertThat(d.profileId()).isEqualTo("p1");
          assertThat(d.origin()).isEqualTo(Origin.MANUAL);
        });
  }

  @Test
  void profilesHeldByRecordsOutsideTheBatchStayWithThem() {
    List<Decision> decisions = assignment.assign(List.of(ranked("a", Source.CONTACT, scored("p1", 30))),
        List.of(), Set.of("p1"));

    assertThat(decisions).isEmpty();
  }
}
