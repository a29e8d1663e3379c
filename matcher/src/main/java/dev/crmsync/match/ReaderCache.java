package dev.crmsync.match;

import dev.crmsync.index.SearchIndex;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * What the candidate searches on one index reader share: the statistics of frequent terms (a common given name,
 * a city: looked up by most entries) and the ids of the documents hit so far (each profile is a candidate of
 * many records, and reading an id from doc values costs more than the search that found it). Thread-safe.
 */
final class ReaderCache {
  /** A term in at most this share of the index is rare enough to drive a disjunctive probe. */
  private static final int RARE_DIVISOR = 1_000;
  /** ...or in at most this many entries, on small indexes. */
  private static final int RARE_FLOOR = 100;

  private final IndexReaderContext reader;
  private final Map<Term, TermStates> frequentTerms = new ConcurrentHashMap<>();
  private final AtomicReferenceArray<String> ids;
  private final int rareLimit;

  private ReaderCache(IndexReaderContext reader) {
    this.reader = reader;
    this.ids = new AtomicReferenceArray<>(reader.reader().maxDoc());
    this.rareLimit = Math.max(RARE_FLOOR, reader.reader().maxDoc() / RARE_DIVISOR);
  }

  /** This cache if it is of the searcher's reader, else a new one for it. */
  static ReaderCache of(ReaderCache current, IndexSearcher searcher) {
    return current != null && current.reader == searcher.getTopReaderContext() ? current
        : new ReaderCache(searcher.getTopReaderContext());
  }

  /** The most entries a rare term is in. */
  int rareLimit() {
    return rareLimit;
  }

  /** Statistics of a frequent term looked up before, or null. */
  TermStates frequentTerm(Term term) {
    return frequentTerms.get(term);
  }

  /** Keeps the statistics of a term if it is frequent. */
  void seen(Term term, TermStates states) {
    if (states.docFreq() > rareLimit) {
      frequentTerms.putIfAbsent(term, states);
    }
  }

  /** The entry id of a document of this reader, searched with {@code searcher}. */
  String id(IndexSearcher searcher, int doc) throws IOException {
    String id = ids.get(doc);
    if (id == null) {
      id = SearchIndex.id(searcher, doc);
      ids.set(doc, id);
    }
    return id;
  }
}
