package dev.crmsync.match.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.index.entry.Source;
import dev.crmsync.match.Decision;
import dev.crmsync.match.Explanation;
import dev.crmsync.match.Origin;
import dev.crmsync.match.StaleReason;
import dev.crmsync.match.Thresholds;
import dev.crmsync.match.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaleEvaluationTest {
  private static Decision decision(String crmId, String profileId, Verdict verdict, String... staleFields) {
    List<StaleReason> reasons = Arrays.stream(staleFields)
        .map(field -> new StaleReason(field, "in the CRM", "on the profile", field + " changed")).toList();
    return new Decision(crmId, Source.CONTACT, profileId, verdict, Origin.MODEL, 20,
        new Explanation(List.of(), 20, Thresholds.DEFAULT, null, List.of()), reasons);
  }

  private static List<Decision> decisionsOf() {
    return List.of(
        decision("c1", "p1", Verdict.MATCH, "title", "location"), // one right, one wrong, one missed
        decision("c2", "p2", Verdict.MATCH, "location"),           // right
        decision("c3", "p9", Verdict.MATCH, "title"),              // a wrong link: not counted here
        decision("c4", "p4", Verdict.REVIEW, "title"));            // not a link: its fact is not expected
  }

  @Test
  void scoresTheReasonsOfCorrectLinksOnly() {
    Set<Link> links = Set.of(new Link("c1", "p1"), new Link("c2", "p2"), new Link("c3", "p3"), new Link("c4", "p4"));
    Truth truth = new Truth(links, links, Set.of(new StaleFact("c1", "p1", "title"),
        new StaleFact("c1", "p1", "company"), new StaleFact("c2", "p2", "location"),
        new StaleFact("c3", "p3", "title"), new StaleFact("c4", "p4", "title")));

    StaleMetrics metrics = StaleEvaluation.evaluate(decisionsOf(), truth);

    assertThat(metrics).isEqualTo(new StaleMetrics(3, 2, 3, 2));
    assertThat(metrics.precision()).isEqualTo(2 / 3.0);
    assertThat(metrics.recall()).isEqualTo(2 / 3.0);
    assertThat(StaleEvaluation.byField(decisionsOf(), truth)).containsExactly(
        Map.entry("company", new StaleMetrics(0, 0, 1, 0)),
        Map.entry("location", new StaleMetrics(2, 1, 1, 1)),
        Map.entry("title", new StaleMetrics(1, 1, 1, 1)));
  }

  @Test
  void nothingToScoreIsNoError() {
    StaleMetrics metrics = StaleEvaluation.evaluate(List.of(), new Truth(Set.of(), Set.of(), Set.of()));

    assertThat(metrics.precision()).isEqualTo(1);
    assertThat(metrics.recall()).isEqualTo(1);
  }
}
