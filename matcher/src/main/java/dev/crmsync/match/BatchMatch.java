package dev.crmsync.match;

import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.names.Nicknames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Matching of a whole CRM against a whole directory, the way batch matching and evaluation do it: index the
 * directory, fit a matcher ({@link MatcherFactory}), rank candidates, decide.
 */
public final class BatchMatch {
  private final Nicknames nicknames;
  private final MatcherFactory factory;

  public BatchMatch(Nicknames nicknames, Thresholds thresholds, int perProbe) {
    this.nicknames = nicknames;
    this.factory = new MatcherFactory(nicknames, thresholds, perProbe);
  }

  /** The outcome of a run, with the time each phase took. */
  public record Result(List<Ranked> ranked, List<Decision> decisions, Matcher matcher, long indexMillis,
      long matchMillis) {
  }

  /** Matches {@code crm} against the directory, indexing it in {@code indexFolder} (replaced). */
  public Result run(List<Entry> crm, List<Entry> people, List<Entry> companies, Path indexFolder,
      List<ManualOverride> overrides) {
    long started = System.nanoTime();
    try (SearchIndex index = SearchIndex.open(indexFolder, new Schema(nicknames))) {
      List<Entry> directory = new ArrayList<>(people);
      directory.addAll(companies);
      index.rebuild(directory.iterator());
      index.refresh();
      long indexed = System.nanoTime();
      Map<String, Entry> byId = new HashMap<>(directory.size() * 2);
      directory.forEach(e -> byId.put(e.id(), e));
      Function<String, Entry> profiles = byId::get;
      Matcher matcher = factory.build(crm, people, companies, index, profiles);
      List<Ranked> ranked = matcher.rank(crm, profiles);
      List<Decision> decisions = matcher.decide(ranked, overrides, Set.of(), profiles);
      long done = System.nanoTime();
      return new Result(ranked, decisions, matcher, (indexed - started) / 1_000_000, (done - indexed) / 1_000_000);
    }
  }
}
