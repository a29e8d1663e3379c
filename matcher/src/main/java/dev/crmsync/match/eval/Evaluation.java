package dev.crmsync.match.eval;

import dev.crmsync.match.Decision;
import dev.crmsync.match.Ranked;
import dev.crmsync.match.Scored;
import dev.crmsync.match.Verdict;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores decisions against the truth: a MATCH is correct when its pair is a true link; recall is over the
 * expected links; candidate recall over the expected links whose record was ranked.
 */
public final class Evaluation {
  private Evaluation() {
  }

  public static Metrics evaluate(String kind, boolean people, List<Ranked> ranked, List<Decision> decisions,
      Truth truth) {
    Map<String, Set<String>> candidates = new HashMap<>();
    for (Ranked record : ranked) {
      if (record.crm().isPerson() == people) {
        Set<String> ids = new HashSet<>();
        record.candidates().stream().map(Scored::profileId).forEach(ids::add);
        candidates.put(record.crm().id(), ids);
      }
    }
    int expected = 0;
    int found = 0;
    for (Link link : truth.expected()) {
      Set<String> ofRecord = candidates.get(link.crmId());
      if (ofRecord != null) {
        expected++;
        if (ofRecord.contains(link.profileId())) {
          found++;
        }
      }
    }
    int matched = 0;
    int correct = 0;
    int review = 0;
    for (Decision decision : decisions) {
      if (decision.crmSource().isPerson() != people) {
        continue;
      }
      if (decision.verdict() == Verdict.REVIEW) {
        review++;
      } else {
        matched++;
        if (truth.all().contains(new Link(decision.crmId(), decision.profileId()))) {
          correct++;
        }
      }
    }
    double precision = matched == 0 ? 1 : correct / (double) matched;
    double recall = expected == 0 ? 1 : Math.min(1, correct / (double) expected);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Metrics(kind, candidates.size(), expected, expected == 0 ? 1 : found / (double) expected, matched,
        correct, precision, recall, f1, candidates.isEmpty() ? 0 : review / (double) candidates.size());
  }
}
