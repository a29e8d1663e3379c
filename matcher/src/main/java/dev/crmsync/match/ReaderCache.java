package dev.crmsync.match;

import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;

/**
 * What the candidate searches on one index reader share: the statistics of frequent terms (a common given name,
 * a city: looked up by most entries), the ids and profiles of the documents hit so far (each profile is a
 * candidate of many records, and reading an id from doc values, or finding a profile by its id, costs more than
 * the search that found it), and the terms of the documents' names and places the name probe scores by
 * ({@link DocTerms}, read on its first search, and shared with the later caches of the same reader). Thread-safe.
 */
final class ReaderCache {
  /** A term in at most this share of the index is rare enough to drive a disjunctive probe. */
  private static final int RARE_DIVISOR = 1_000;
  /** ...or in at most this many entries, on small indexes. */
  private static final int RARE_FLOOR = 100;

  /**
   * The fields of the name probe's words, the phonetic family name first: the entries sharing one are laid out
   * together ({@link DocTerms#read}), and a name search visits mostly those.
   */
  private static final List<String> NAME_FIELDS = List.of(Schema.FAMILY_PHONETIC, Schema.FAMILY, Schema.GIVEN,
      Schema.GIVEN_VARIANT, Schema.GIVEN_PHONETIC, Schema.STREET, Schema.CITY, Schema.POSTAL_CODE, Schema.COMPANY,
      Schema.COMPANY_KEY, Schema.DOMAIN);

  /**
   * The {@link DocTerms} of the readers still open: reading them takes seconds on a large index, and a service
   * that keeps its indexes open searches the same reader run after run until the index changes.
   */
  private static final Map<IndexReader.CacheKey, DocTerms> DOC_TERMS = new ConcurrentHashMap<>();

  private final IndexReaderContext reader;
  private final Map<Term, TermStates> frequentTerms = new ConcurrentHashMap<>();
  private final AtomicReferenceArray<String> ids;
  private final AtomicReferenceArray<Entry> profiles;
  private final int rareLimit;
  private volatile DocTerms docTerms;
  /**
   * Each thread's term dictionary enums, by field and leaf: every term of every record is looked up, and an enum
   * built per lookup was a tenth of what a run allocates.
   */
  private final ThreadLocal<Map<String, TermsEnum[]>> termsEnums = ThreadLocal.withInitial(HashMap::new);

  private ReaderCache(IndexReaderContext reader) {
    this.reader = reader;
    this.ids = new AtomicReferenceArray<>(reader.reader().maxDoc());
    this.profiles = new AtomicReferenceArray<>(reader.reader().maxDoc());
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

  /** The calling thread's enum of a field's terms in a leaf of this reader (an empty one if the leaf has none). */
  TermsEnum termsEnum(LeafReaderContext leaf, String field) throws IOException {
    TermsEnum[] byLeaf = termsEnums.get().computeIfAbsent(field, f -> new TermsEnum[reader.leaves().size()]);
    if (byLeaf[leaf.ord] == null) {
      Terms terms = leaf.reader().terms(field);
      byLeaf[leaf.ord] = terms == null ? TermsEnum.EMPTY : terms.iterator();
    }
    return byLeaf[leaf.ord];
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

  /**
   * The profile of a document, found by {@code profiles} on its first call for the document: {@code profiles}
   * must answer the same for an id as long as this reader is searched (as within one matching run).
   */
  Entry profile(IndexSearcher searcher, int doc, Function<String, Entry> profiles) throws IOException {
    Entry profile = this.profiles.get(doc);
    if (profile == null) {
      profile = profiles.apply(id(searcher, doc));
      this.profiles.set(doc, profile);
    }
    return profile;
  }

  /** The terms of the fields the name probe scores by, of every document of the reader. */
  DocTerms docTerms(IndexSearcher searcher) throws IOException {
    DocTerms read = docTerms;
    if (read == null) {
      synchronized (this) {
        read = docTerms;
        if (read == null) {
          read = shared(searcher.getIndexReader());
          docTerms = read;
        }
      }
    }
    return read;
  }

  /** The reader's {@link DocTerms}, read unless another cache of it read them; dropped when it closes. */
  private static DocTerms shared(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return DocTerms.read(reader, NAME_FIELDS);
    }
    DocTerms known = DOC_TERMS.get(helper.getKey());
    if (known != null) {
      return known;
    }
    DocTerms read = DocTerms.read(reader, NAME_FIELDS);
    DocTerms readMeanwhile = DOC_TERMS.putIfAbsent(helper.getKey(), read);
    if (readMeanwhile != null) {
      return readMeanwhile;
    }
    helper.addClosedListener(DOC_TERMS::remove);
    return read;
  }
}
