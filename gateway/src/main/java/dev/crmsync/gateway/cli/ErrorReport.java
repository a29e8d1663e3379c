package dev.crmsync.gateway.cli;

import dev.crmsync.match.BatchMatch;
import dev.crmsync.match.Contribution;
import dev.crmsync.match.Decision;
import dev.crmsync.match.Ranked;
import dev.crmsync.match.Scored;
import dev.crmsync.match.Verdict;
import dev.crmsync.match.eval.Link;
import dev.crmsync.match.eval.Truth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints wrong and missed links of an evaluation with their per-field weights, to see what the model lacks. */
final class ErrorReport {
  private ErrorReport() {
  }

  static void print(BatchMatch.Result result, Truth truth, int limit) {
    Map<String, Ranked> rankedById = new HashMap<>();
    result.ranked().forEach(r -> rankedById.put(r.crm().id(), r));
    Map<String, Decision> decisionById = new HashMap<>();
    result.decisions().forEach(d -> decisionById.put(d.crmId(), d));
    int wrong = 0;
    for (Decision decision : result.decisions()) {
      if (decision.verdict() == Verdict.MATCH && !truth.all().contains(new Link(decision.crmId(),
          decision.profileId())) && wrong++ < limit) {
        System.out.printf("WRONG %s -> %s %.1f %s%n", decision.crmId(), decision.profileId(), decision.score(),
            weights(decision.explanation().contributions()));
      }
    }
    int missed = 0;
    for (Link link : truth.expected()) {
      Decision decision = decisionById.get(link.crmId());
      Ranked ranked = rankedById.get(link.crmId());
      boolean found = decision != null && decision.verdict() == Verdict.MATCH
          && truth.all().contains(new Link(decision.crmId(), decision.profileId()));
      if (!found && ranked != null && missed++ < limit) {
        Scored truthScore = ranked.candidates().stream().filter(c -> c.profileId().equals(link.profileId()))
            .findFirst().orElse(null);
        System.out.printf("MISSED %s -> %s: %s; decided %s%n", link.crmId(), link.profileId(),
            truthScore == null ? "not a candidate" : String.format(Locale.ROOT, "%.1f %s", truthScore.score(),
                weights(truthScore.contributions())),
            decision == null ? "nothing" : decision.verdict() + " " + decision.profileId() + " "
                + String.format(Locale.ROOT, "%.1f", decision.score()) + " " + decision.explanation().notes());
      }
    }
  }

  private static String weights(List<Contribution> contributions) {
    return contributions.stream().filter(c -> c.weight() != 0)
        .map(c -> String.format(Locale.ROOT, "%s:%s%+.1f", c.field(), c.level(), c.weight()))
        .collect(Collectors.joining(" "));
  }
}
