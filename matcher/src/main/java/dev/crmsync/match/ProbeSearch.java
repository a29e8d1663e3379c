package dev.crmsync.match;

import java.util.Optional;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * What the probes of one entry search with: a searcher, the entry's term lookups, what searches on the reader
 * share, and the filter to entries of the entry's kind (none when the index holds that kind only).
 */
record ProbeSearch(IndexSearcher searcher, TermLookup terms, ReaderCache cache, Optional<Query> sameKind) {
  /** The query restricted to entries of the entry's kind. */
  Query restricted(Query query) {
    return sameKind.<Query>map(filter -> new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER)
        .build()).orElse(query);
  }
}
