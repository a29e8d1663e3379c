package dev.crmsync.match;

import dev.crmsync.index.Hit;
import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Candidates for an entry from an index: the union of the best hits of every {@link Probe}, at most
 * {@code perProbe} each, restricted to entries of the same kind. The index searched holds the other side only
 * (the directory for CRM entries, a tenant's CRM for directory entries).
 */
public final class CandidateSearch {
  private final SearchIndex index;
  private final int perProbe;

  public CandidateSearch(SearchIndex index, int perProbe) {
    if (perProbe <= 0) {
      throw new IllegalArgumentException("perProbe must be > 0, got " + perProbe);
    }
    this.index = index;
    this.perProbe = perProbe;
  }

  /** The most candidates one entry can get: the bound candidate recall is measured at. */
  public int bound() {
    return perProbe * Probe.values().length;
  }

  public int perProbe() {
    return perProbe;
  }

  /** Ids of candidate entries of the same kind (people for people), in probe order, without duplicates. */
  public Set<String> candidates(Entry entry) {
    Query targetFilter = new TermQuery(new Term(Schema.KIND, Schema.kind(entry.isPerson())));
    Set<String> ids = new LinkedHashSet<>();
    for (Probe probe : Probe.values()) {
      probe.query(entry).ifPresent(query -> {
        Query filtered = new BooleanQuery.Builder().add(query, Occur.MUST).add(targetFilter, Occur.FILTER).build();
        for (Hit hit : index.search(filtered, perProbe)) {
          ids.add(hit.id());
        }
      });
    }
    return ids;
  }
}
