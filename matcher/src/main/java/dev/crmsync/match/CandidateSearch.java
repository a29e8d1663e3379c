package dev.crmsync.match;

import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;
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
  private final Map<Entry, List<Entry>> known;
  private final boolean recording;
  /** What the searches on the reader last searched share, shared by the copies of this search too. */
  private final AtomicReference<ReaderCache> readerCache;

  public CandidateSearch(SearchIndex index, int perProbe) {
    this(index, perProbe, Map.of(), false, new AtomicReference<>());
  }

  private CandidateSearch(SearchIndex index, int perProbe, Map<Entry, List<Entry>> known, boolean recording,
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

  /** The same search, keeping every entry's candidate profiles for {@link #recalling()}. */
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
    return Collections.unmodifiableSet(new LinkedHashSet<>(search(entry, (searcher, cache, doc) -> cache.id(searcher,
        doc))));
  }

  /**
   * The candidates of {@link #candidates(Entry)} as profiles, those {@code profiles} knows: each document's
   * profile is found by its id once per index reader, so {@code profiles} must answer the same for an id for
   * as long as this search (and its copies) is used.
   */
  List<Entry> candidates(Entry entry, Function<String, Entry> profiles) {
    List<Entry> found = known.get(entry);
    if (found != null) {
      return found;
    }
    List<Entry> candidates = search(entry, (searcher, cache, doc) -> cache.profile(searcher, doc, profiles));
    if (recording) {
      known.put(entry, candidates);
    }
    return candidates;
  }

  /**
   * The positions of the entries in the order that searches them fastest: by phonetic family name, then by the
   * word that drives their name probe, so that the searches visiting the same index entries run one after
   * another, while those are still in the processor's caches.
   */
  int[] searchOrder(List<Entry> entries) {
    return index.withSearcher(searcher -> {
      DocTerms docTerms = readerCache.updateAndGet(current -> ReaderCache.of(current, searcher)).docTerms(searcher);
      long[] keys = entries.stream().mapToLong(entry -> entry.isPerson()
          ? (long) docTerms.id(Schema.FAMILY_PHONETIC, entry.familyPhonetic()) << 32
              | NameSearch.rarestWord(Probe.nameWords(entry), docTerms) & 0xFFFFFFFFL
          : Long.MIN_VALUE).toArray();
      return IntStream.range(0, entries.size()).boxed().sorted(Comparator.comparingLong(i -> keys[i]))
          .mapToInt(Integer::intValue).toArray();
    });
  }

  private <T> List<T> search(Entry entry, DocReader<T> reader) {
    return index.withSearcher(searcher -> {
      ReaderCache cache = readerCache.updateAndGet(current -> ReaderCache.of(current, searcher));
      TermLookup terms = new TermLookup(searcher, cache);
      TermQuery sameKind = terms.query(Schema.KIND, Schema.kind(entry.isPerson()));
      // the filter costs a conjunction in every probe: needless when the index holds one kind only
      boolean allSameKind = sameKind.getTermStates().docFreq() == searcher.getIndexReader().maxDoc();
      ProbeSearch search = new ProbeSearch(searcher, terms, cache,
          allSameKind ? Optional.empty() : Optional.of(sameKind));
      List<Integer> docs = new ArrayList<>();
      for (Probe probe : Probe.values()) {
        for (ScoreDoc hit : probe.top(entry, search, perProbe * probe.shares())) {
          if (!docs.contains(hit.doc)) {
            docs.add(hit.doc);
          }
        }
      }
      List<T> found = new ArrayList<>(docs.size());
      for (int doc : docs) {
        T read = reader.read(searcher, cache, doc);
        if (read != null) {
          found.add(read);
        }
      }
      return Collections.unmodifiableList(found);
    });
  }

  /** What a search gives for each document it found: its id, its profile. */
  @FunctionalInterface
  private interface DocReader<T> {
    T read(IndexSearcher searcher, ReaderCache cache, int doc) throws IOException;
  }
}
