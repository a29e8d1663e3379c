package dev.crmsync.match.eval;

import dev.crmsync.match.Decision;
import dev.crmsync.match.Verdict;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Scores the stale reasons of MATCH decisions against the stale facts of the truth. */
public final class StaleEvaluation {
  private StaleEvaluation() {
  }

  /** Over all fields. */
  public static StaleMetrics evaluate(List<Decision> decisions, Truth truth) {
    return evaluate(decisions, truth, field -> true);
  }

  /** Per field the truth or the reasons name, in the order of their names. */
  public static Map<String, StaleMetrics> byField(List<Decision> decisions, Truth truth) {
    Set<String> fields = new TreeSet<>();
    truth.stale().forEach(fact -> fields.add(fact.field()));
    decisions.forEach(decision -> decision.staleReasons().forEach(reason -> fields.add(reason.field())));
    Map<String, StaleMetrics> metrics = new LinkedHashMap<>();
    fields.forEach(field -> metrics.put(field, evaluate(decisions, truth, field::equals)));
    return metrics;
  }

  private static StaleMetrics evaluate(List<Decision> decisions, Truth truth, Predicate<String> counted) {
    Set<Link> correctLinks = new HashSet<>();
    Set<StaleFact> reported = new HashSet<>();
    for (Decision decision : decisions) {
      Link link = new Link(decision.crmId(), decision.profileId());
      if (decision.verdict() == Verdict.MATCH && truth.all().contains(link)) {
        correctLinks.add(link);
        decision.staleReasons().stream().filter(reason -> counted.test(reason.field())).forEach(reason ->
            reported.add(new StaleFact(decision.crmId(), decision.profileId(), reason.field())));
      }
    }
    int correct = (int) reported.stream().filter(truth.stale()::contains).count();
    List<StaleFact> expected = truth.stale().stream()
        .filter(fact -> counted.test(fact.field()) && correctLinks.contains(new Link(fact.crmId(), fact.profileId())))
        .toList();
    int found = (int) expected.stream().filter(reported::contains).count();
    return new StaleMetrics(reported.size(), correct, expected.size(), found);
  }
}
