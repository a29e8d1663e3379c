package dev.crmsync.match;

import dev.crmsync.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The term queries of one entry's probes, with their statistics looked up before the queries are built (the name
 * probe chooses its clauses by them) and handed to the queries, so the term dictionary is searched once per term.
 * Frequent terms (a common given name, a city) recur across entries: those are looked up once per index reader.
 */
final class TermLookup {
  private final IndexSearcher searcher;
  private final ReaderCache shared;

  /** A lookup for one entry's probes. */
  TermLookup(IndexSearcher searcher, ReaderCache shared) {
    this.searcher = searcher;
    this.shared = shared;
  }

  /** A query for one exact term. */
  TermQuery query(String field, String value) {
    return query(new Term(field, value));
  }

  TermQuery query(Term term) {
    return new TermQuery(term, states(term));
  }

  /** The words of the text, analyzed as the field is indexed. */
  static List<String> words(String field, String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = Schema.analyzer().tokenStream(field, text)) {
      CharTermAttribute word = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(word.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private TermStates states(Term term) {
    TermStates states = shared.frequentTerm(term);
    if (states == null) {
      states = build(term);
      shared.seen(term, states);
    }
    return states;
  }

  /** What {@code TermStates.build} finds, seeking with the enums this thread keeps instead of new ones. */
  private TermStates build(Term term) {
    try {
      IndexReaderContext top = searcher.getTopReaderContext();
      TermStates states = new TermStates(top);
      for (LeafReaderContext leaf : top.leaves()) {
        TermsEnum terms = shared.termsEnum(leaf, term.field());
        if (terms.seekExact(term.bytes())) {
          states.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
        }
      }
      return states;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
