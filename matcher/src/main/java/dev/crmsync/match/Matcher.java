package dev.crmsync.match;

import dev.crmsync.index.entry.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches CRM entries to directory entries: candidates from the directory index, each scored, then one-to-one
 * assignment under overrides and thresholds, and stale reasons for the links. Thread-safe; scoring runs in
 * parallel.
 */
public final class Matcher {
  private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
      .thenComparing(Scored::profileId);

  private final Scorer scorer;
  private final CandidateSearch directory;
  private final Thresholds thresholds;
  private final Staleness staleness;

  public Matcher(Scorer scorer, CandidateSearch directory, Thresholds thresholds) {
    this.scorer = scorer;
    this.directory = directory;
    this.thresholds = thresholds;
    this.staleness = new Staleness(scorer.comparators());
  }

  /**
   * Each CRM entry with its scored candidates, best first, in the order given; profile ids unknown to
   * {@code profiles} are skipped. Entries are searched in {@link CandidateSearch#searchOrder}.
   */
  public List<Ranked> rank(Collection<Entry> crm, Function<String, Entry> profiles) {
    List<Entry> entries = List.copyOf(crm);
    Ranked[] ranked = new Ranked[entries.size()];
    Arrays.stream(directory.searchOrder(entries)).parallel().forEach(i -> ranked[i] = rank(entries.get(i),
        profiles));
    return List.of(ranked);
  }

  Ranked rank(Entry crm, Function<String, Entry> profiles) {
    List<Entry> candidates = directory.candidates(crm, profiles);
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (Entry profile : candidates) {
      scored.add(scorer.rank(crm, profile));
    }
    scored.sort(BEST_FIRST);
    return new Ranked(crm, scored);
  }

  /**
   * Decisions for ranked records: one-to-one under the overrides (oldest first), leaving {@code heldProfiles}
   * (linked to records outside this batch) alone; links that are MATCHes carry stale reasons.
   */
  public List<Decision> decide(List<Ranked> ranked, List<ManualOverride> overrides, Set<String> heldProfiles,
      Function<String, Entry> profiles) {
    List<Decision> decisions = new Assignment(thresholds).assign(ranked, overrides, heldProfiles);
    Map<String, Entry> crmById = new HashMap<>();
    ranked.forEach(r -> crmById.put(r.crm().id(), r.crm()));
    List<Decision> withReasons = new ArrayList<>(decisions.size());
    for (Decision decision : decisions) {
      Entry profile = profiles.apply(decision.profileId());
      withReasons.add(decision.verdict() == Verdict.MATCH && profile != null
          ? decision.withStaleReasons(staleness.reasons(crmById.get(decision.crmId()), profile))
          : decision);
    }
    return withReasons;
  }

  /** {@link #rank} then {@link #decide}. */
  public List<Decision> match(Collection<Entry> crm, Function<String, Entry> profiles, List<ManualOverride> overrides,
      Set<String> heldProfiles) {
    return decide(rank(crm, profiles), overrides, heldProfiles, profiles);
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  public int candidateBound() {
    return directory.bound();
  }
}
