package dev.crmsync.match;

import dev.crmsync.index.SearchIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * The name probe's search: Lucene finds the entries sharing the rarest word of the name or any rare word; each is
 * scored by every word of the probe (BM25, the score of a disjunction of them all) from the terms the reader's
 * {@link DocTerms} keep for it. Stepping the postings of a common given name or city to every visited entry, as
 * a Boolean query does, was a third of the time of a run.
 */
final class NameSearch {
  private static final ScoreDoc[] NONE = new ScoreDoc[0];
  /**
   * Past this many times the rare limit of entries to visit, Lucene scores the search: a typical name search
   * visits one to two times the limit, one driven by a common given name dozens of times.
   */
  private static final int LUCENE_SCORED_VISITS = 4;
  /** Worst first: the lower score, then the later document (Lucene's order of equal scores keeps the earlier). */
  private static final Comparator<ScoreDoc> WORST_FIRST = (a, b) -> a.score != b.score
      ? Float.compare(a.score, b.score) : Integer.compare(b.doc, a.doc);

  private NameSearch() {
  }

  /** One word of the probe and its weight. */
  record Clause(String field, String value, float boost) {
    Query query(TermLookup terms) {
      Query term = terms.query(field, value);
      return boost == 1f ? term : new BoostQuery(term, boost);
    }
  }

  /**
   * The best {@code limit} entries sharing the rarest word of {@code name} or any rare word of {@code name} or
   * {@code more}, scored by every clause and the boosting ones. When those entries are many (a name whose family
   * name is not in the index, searched by its given name), Lucene scores them instead: it skips the entries
   * sharing nothing else once it has enough better ones, where scoring each by its terms would visit them all.
   */
  static ScoreDoc[] top(List<Clause> name, List<Clause> more, List<Clause> boosting, ProbeSearch search,
      int limit) throws IOException {
    DocTerms docTerms = search.cache().docTerms(search.searcher());
    List<Found> found = new ArrayList<>(present(name, docTerms));
    Found rarestName = rarest(found);
    found.addAll(present(more, docTerms));
    int rareLimit = search.cache().rareLimit();
    List<Found> drivers = found.stream().filter(word -> word == rarestName || word.docFreq() <= rareLimit).toList();
    if (drivers.isEmpty()) {
      return NONE;
    }
    found.addAll(present(boosting, docTerms));
    BooleanQuery.Builder driving = new BooleanQuery.Builder();
    drivers.forEach(word -> driving.add(word.clause().query(search.terms()), Occur.SHOULD));
    if (drivers.stream().mapToLong(Found::docFreq).sum() > LUCENE_SCORED_VISITS * rareLimit) {
      BooleanQuery.Builder all = new BooleanQuery.Builder().add(driving.build(), Occur.MUST);
      found.stream().filter(word -> !drivers.contains(word))
          .forEach(word -> all.add(word.clause().query(search.terms()), Occur.SHOULD));
      return SearchIndex.top(search.searcher(), search.restricted(all.build()), limit);
    }
    Map<Integer, Float> weights = new HashMap<>();
    found.forEach(word -> weights.merge(word.id(), docTerms.weight(word.clause().field(), word.id(),
        word.clause().boost()), Float::sum));
    return search.searcher().search(search.restricted(driving.build()),
        new TopScored(docTerms, new WeightedTerms(weights), limit));
  }

  /**
   * The id of the rarest word of {@code name} that some entry has, or -1: a search is driven by it, so the
   * searches of names sharing it visit the same entries.
   */
  static int rarestWord(List<Clause> name, DocTerms docTerms) {
    Found rarest = rarest(present(name, docTerms));
    return rarest == null ? -1 : rarest.id();
  }

  private static List<Found> present(List<Clause> clauses, DocTerms docTerms) {
    return clauses.stream().map(clause -> Found.of(clause, docTerms)).filter(word -> word != null).toList();
  }

  private static Found rarest(List<Found> words) {
    return words.stream().min(Comparator.comparingInt(Found::docFreq)).orElse(null);
  }

  /** A clause whose term some document has. */
  private record Found(Clause clause, int id, int docFreq) {
    static Found of(Clause clause, DocTerms docTerms) {
      int id = docTerms.id(clause.field(), clause.value());
      return id < 0 ? null : new Found(clause, id, docTerms.docFreq(id));
    }
  }

  /** Collects the best documents by their {@link DocTerms} score, on a searcher without an executor. */
  private static final class TopScored implements CollectorManager<Collector, ScoreDoc[]> {
    private final DocTerms docTerms;
    private final WeightedTerms terms;
    private final int limit;
    private final PriorityQueue<ScoreDoc> best = new PriorityQueue<>(WORST_FIRST);

    TopScored(DocTerms docTerms, WeightedTerms terms, int limit) {
      this.docTerms = docTerms;
      this.terms = terms;
      this.limit = limit;
    }

    @Override
    public Collector newCollector() {
      return new Collector() {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
          return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
              // scores come from the document's terms
            }

            @Override
            public void collect(int doc) {
              offer(context.docBase + doc);
            }
          };
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE_NO_SCORES;
        }
      };
    }

    private void offer(int doc) {
      float score = docTerms.score(doc, terms);
      if (best.size() < limit) {
        best.add(new ScoreDoc(doc, score));
      } else if (score > best.peek().score) {
        best.poll();
        best.add(new ScoreDoc(doc, score));
      }
    }

    @Override
    public ScoreDoc[] reduce(Collection<Collector> collectors) {
      return best.stream().sorted(WORST_FIRST.reversed()).toArray(ScoreDoc[]::new);
    }
  }
}
