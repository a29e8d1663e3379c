package dev.crmsync.match;

import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.match.compare.Comparators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Matching of a whole CRM against a whole directory, the way batch matching, evaluation and a full rematch do it:
 * index the directory, estimate the models on both sides' data, rank candidates, refit m on the confident links
 * of a first pass, decide.
 */
public final class BatchMatch {
  private static final long SEED = 42;

  private final Nicknames nicknames;
  private final Thresholds thresholds;
  private final int perProbe;

  public BatchMatch(Nicknames nicknames, Thresholds thresholds, int perProbe) {
    this.nicknames = nicknames;
    this.thresholds = thresholds;
    this.perProbe = perProbe;
  }

  /** The outcome of a run, with the time each phase took. */
  public record Result(List<Ranked> ranked, List<Decision> decisions, Matcher matcher, long indexMillis,
      long matchMillis) {
  }

  /** Matches {@code crm} against the directory, indexing it in {@code indexFolder} (replaced). */
  public Result run(List<Entry> crm, List<Entry> people, List<Entry> companies, Path indexFolder,
      List<ManualOverride> overrides) {
    long started = System.nanoTime();
    Schema schema = new Schema(nicknames);
    try (SearchIndex index = SearchIndex.open(indexFolder, schema)) {
      List<Entry> directory = new ArrayList<>(people);
      directory.addAll(companies);
      index.rebuild(directory.iterator());
      index.refresh();
      long indexed = System.nanoTime();
      Map<String, Entry> byId = new HashMap<>(directory.size() * 2);
      directory.forEach(e -> byId.put(e.id(), e));
      Function<String, Entry> profiles = byId::get;
      Comparators comparators = new Comparators(nicknames);
      ModelEstimator estimator = new ModelEstimator(comparators);
      List<Entry> crmPeople = crm.stream().filter(Entry::isPerson).toList();
      List<Entry> crmCompanies = crm.stream().filter(e -> !e.isPerson()).toList();
      Scorer priors = new Scorer(comparators, estimator.estimate(true, crmPeople, people, SEED),
          estimator.estimate(false, crmCompanies, companies, SEED));
      CandidateSearch search = new CandidateSearch(index, perProbe);
      Matcher first = new Matcher(priors, search, thresholds);
      List<Ranked> ranked = first.rank(crm, profiles);
      List<Decision> firstDecisions = first.decide(ranked, overrides, Set.of(), profiles);
      Matcher refit = new Matcher(refit(estimator, priors, firstDecisions), search, thresholds);
      List<Ranked> rescored = refit.rescore(ranked, profiles);
      List<Decision> decisions = refit.decide(rescored, overrides, Set.of(), profiles);
      long done = System.nanoTime();
      return new Result(rescored, decisions, refit, (indexed - started) / 1_000_000, (done - indexed) / 1_000_000);
    }
  }

  private static Scorer refit(ModelEstimator estimator, Scorer scorer, List<Decision> decisions) {
    List<List<Contribution>> people = new ArrayList<>();
    List<List<Contribution>> companies = new ArrayList<>();
    for (Decision decision : decisions) {
      if (decision.verdict() == Verdict.MATCH && decision.origin() == Origin.MODEL) {
        (decision.crmSource().isPerson() ? people : companies).add(decision.explanation().contributions());
      }
    }
    return new Scorer(scorer.comparators(), estimator.refit(scorer.personModel(), people),
        estimator.refit(scorer.companyModel(), companies));
  }
}
