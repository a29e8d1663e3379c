package dev.crmsync.match;

import dev.crmsync.index.Hit;
import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Candidates for an entry from an index: the union of the best hits of every {@link Probe}, at most
 * {@code perProbe} each, restricted to the sources the entry may link to.
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

  /** Ids of candidate entries of the given sources, in probe order, without duplicates. */
  public Set<String> candidates(Entry entry, Set<Source> targets) {
    Query targetFilter = new TermInSetQuery(Schema.SOURCE,
        targets.stream().map(source -> new BytesRef(source.name())).toList());
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

  /** The sources a CRM entry links to in the directory: people for Leads, Contacts, Person Accounts. */
  public static Set<Source> directoryTargets(Entry crm) {
    return Set.of(crm.isPerson() ? Source.DIRECTORY_PERSON : Source.DIRECTORY_COMPANY);
  }

  /** The CRM sources a directory entry may be linked from. */
  public static Set<Source> crmTargets(Entry profile) {
    return profile.isPerson() ? Set.of(Source.LEAD, Source.CONTACT, Source.PERSON_ACCOUNT) : Set.of(Source.ACCOUNT);
  }

}
