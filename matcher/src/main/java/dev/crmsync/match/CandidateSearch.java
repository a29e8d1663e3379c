package dev.crmsync.match;

import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Candidates for an entry from an index: the union of the best hits of every {@link Probe}, at most
 * {@code perProbe} each, restricted to entries of the same kind. The index searched holds the other side only
 * (the directory for CRM entries, a tenant's CRM for directory entries).
 */
public final class CandidateSearch {
  private final SearchIndex index;
  private final int perProbe;
  /** Candidates found before, by entry: lookups are most of a run's time, and a fit repeats them. */
  private final Map<Entry, Set<String>> known;
  private final boolean recording;
  /** What the searches on the reader last searched share, shared by the copies of this search too. */
  private final AtomicReference<ReaderCache> readerCache;

  public CandidateSearch(SearchIndex index, int perProbe) {
    this(index, perProbe, Map.of(), false, new AtomicReference<>());
  }

  private CandidateSearch(SearchIndex index, int perProbe, Map<Entry, Set<String>> known, boolean recording,
      AtomicReference<ReaderCache> readerCache) {
    if (perProbe <= 0) {
      throw new IllegalArgumentException("perProbe must be > 0, got " + perProbe);
    }
    this.index = index;
    this.perProbe = perProbe;
    this.known = known;
    this.recording = recording;
    this.readerCache = readerCache;
  }

  /** The same search, keeping every entry's candidates for {@link #recalling()}. */
  CandidateSearch recording() {
    return new CandidateSearch(index, perProbe, new ConcurrentHashMap<>(), true, readerCache);
  }

  /**
   * The same search, answering the entries this recording search has seen from memory and recording nothing
   * more: only valid while the index is unchanged, as within one matching run.
   */
  CandidateSearch recalling() {
    return new CandidateSearch(index, perProbe, known, false, readerCache);
  }

  /** The most candidates one entry can get: the bound candidate recall is measured at. */
  public int bound() {
    return perProbe * Arrays.stream(Probe.values()).mapToInt(Probe::shares).sum();
  }

  public int perProbe() {
    return perProbe;
  }

  /** Ids of candidate entries of the same kind (people for people), in probe order, without duplicates. */
  public Set<String> candidates(Entry entry) {
    Set<String> found = known.get(entry);
    if (found != null) {
      return found;
    }
    Set<String> ids = search(entry);
    if (recording) {
      known.put(entry, ids);
    }
    return ids;
  }

  private Set<String> search(Entry entry) {
    return index.withSearcher(searcher -> {
      ReaderCache cache = readerCache.updateAndGet(current -> ReaderCache.of(current, searcher));
      TermLookup terms = new TermLookup(searcher, cache);
      TermQuery sameKind = terms.query(Schema.KIND, Schema.kind(entry.isPerson()));
      // the filter costs a conjunction in every probe: needless when the index holds one kind only
      boolean allSameKind = sameKind.getTermStates().docFreq() == searcher.getIndexReader().maxDoc();
      Set<String> ids = new LinkedHashSet<>();
      for (Probe probe : Probe.values()) {
        Optional<Query> query = probe.query(entry, terms);
        if (query.isPresent()) {
          Query filtered = allSameKind ? query.get()
              : new BooleanQuery.Builder().add(query.get(), Occur.MUST).add(sameKind, Occur.FILTER).build();
          for (ScoreDoc hit : SearchIndex.top(searcher, filtered, perProbe * probe.shares())) {
            ids.add(cache.id(searcher, hit.doc));
          }
        }
      }
      return Collections.unmodifiableSet(ids);
    });
  }
}
