package dev.crmsync.match;

import dev.crmsync.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The term queries of one entry's probes, each term looked up in the term dictionary once: the probes of an entry
 * share their terms (the family name is in three of them), and frequent terms (a common given name, a city) recur
 * across entries, so those are kept for as long as the index reader is the same.
 */
final class TermLookup {
  /** A term in at most this share of the index is rare enough to drive a disjunctive probe. */
  private static final int RARE_DIVISOR = 1_000;
  /** ...or in at most this many entries, on small indexes. */
  private static final int RARE_FLOOR = 100;

  private final IndexSearcher searcher;
  private final Frequent frequent;
  private final Map<Term, TermStates> seen = new HashMap<>();

  private TermLookup(IndexSearcher searcher, Frequent frequent) {
    this.searcher = searcher;
    this.frequent = frequent;
  }

  /** The frequent terms of one index reader, shared by every entry searched on it. */
  record Frequent(IndexReaderContext reader, Map<Term, TermStates> states, int rareLimit) {
    static Frequent of(IndexSearcher searcher) {
      IndexReaderContext reader = searcher.getTopReaderContext();
      return new Frequent(reader, new ConcurrentHashMap<>(),
          Math.max(RARE_FLOOR, reader.reader().maxDoc() / RARE_DIVISOR));
    }

    boolean isFor(IndexSearcher searcher) {
      return searcher.getTopReaderContext() == reader;
    }

    /** A lookup for one entry's probes on a searcher of this reader. */
    TermLookup lookup(IndexSearcher searcher) {
      return new TermLookup(searcher, this);
    }
  }

  /** A query for one exact term. */
  TermQuery query(String field, String value) {
    return query(new Term(field, value));
  }

  TermQuery query(Term term) {
    return new TermQuery(term, states(term));
  }

  /** A query per word of the text, analyzed as the field is indexed. */
  List<TermQuery> words(String field, String text) {
    List<TermQuery> words = new ArrayList<>();
    try (TokenStream tokens = Schema.analyzer().tokenStream(field, text)) {
      CharTermAttribute word = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(query(field, word.toString()));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** Whether the term is in few enough entries to search by it alone (and in any at all). */
  boolean isRare(TermQuery query) {
    int docFreq = query.getTermStates().docFreq();
    return docFreq > 0 && docFreq <= frequent.rareLimit();
  }

  private TermStates states(Term term) {
    TermStates states = frequent.states().get(term);
    if (states == null) {
      states = seen.computeIfAbsent(term, this::build);
      if (states.docFreq() > frequent.rareLimit()) {
        frequent.states().putIfAbsent(term, states);
      }
    }
    return states;
  }

  private TermStates build(Term term) {
    try {
      return TermStates.build(searcher, term, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
