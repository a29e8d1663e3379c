package dev.crmsync.match;

import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.match.compare.Comparators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a {@link Matcher} fitted to the data at hand, without labels: u and value frequencies estimated on the
 * CRM and the directory, m from priors refitted on the confident links of a first pass over a sample of CRM
 * records (one hard EM step).
 */
public final class MatcherFactory {
  /** CRM records the first pass runs on: enough confident links to refit m, cheap at any org size. */
  static final int REFIT_SAMPLE = 5_000;
  private static final long SEED = 42;

  private final Nicknames nicknames;
  private final Thresholds thresholds;
  private final int perProbe;

  public MatcherFactory(Nicknames nicknames, Thresholds thresholds, int perProbe) {
    this.nicknames = nicknames;
    this.thresholds = thresholds;
    this.perProbe = perProbe;
  }

  /** A matcher for {@code crm} against the directory whose entries are indexed in {@code directoryIndex}. */
  public Matcher build(List<Entry> crm, List<Entry> people, List<Entry> companies, SearchIndex directoryIndex,
      Function<String, Entry> profiles) {
    Comparators comparators = new Comparators(nicknames);
    ModelEstimator estimator = new ModelEstimator(comparators);
    List<Entry> crmPeople = crm.stream().filter(Entry::isPerson).toList();
    List<Entry> crmCompanies = crm.stream().filter(e -> !e.isPerson()).toList();
    Scorer priors = new Scorer(comparators, estimator.estimate(true, crmPeople, people, SEED),
        estimator.estimate(false, crmCompanies, companies, SEED));
    CandidateSearch search = new CandidateSearch(directoryIndex, perProbe).recording();
    List<Decision> firstPass = new Matcher(priors, search, thresholds)
        .match(sample(crm), profiles, List.of(), Set.of());
    List<List<Contribution>> confidentPeople = new ArrayList<>();
    List<List<Contribution>> confidentCompanies = new ArrayList<>();
    for (Decision decision : firstPass) {
      if (decision.verdict() == Verdict.MATCH) {
        (decision.crmSource().isPerson() ? confidentPeople : confidentCompanies)
            .add(decision.explanation().contributions());
      }
    }
    Scorer refit = new Scorer(comparators, estimator.refit(priors.personModel(), confidentPeople),
        estimator.refit(priors.companyModel(), confidentCompanies));
    return new Matcher(refit, search.recalling(), thresholds);
  }

  private static List<Entry> sample(List<Entry> crm) {
    if (crm.size() <= REFIT_SAMPLE) {
      return crm;
    }
    List<Entry> shuffled = new ArrayList<>(crm);
    Collections.shuffle(shuffled, new Random(SEED));
    return shuffled.subList(0, REFIT_SAMPLE);
  }
}
