package dev.crmsync.match;

import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.normalize.Companies;
import dev.crmsync.index.normalize.Emails;
import dev.crmsync.index.normalize.PersonNames;
import dev.crmsync.match.NameSearch.Clause;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The index lookups that propose candidates for an entry; each is cheap and catches what another misses
 * (a changed e-mail, a typo in the name, a missing company). Each finds its best documents, or none when the
 * entry lacks what the probe needs.
 */
enum Probe {
  /** Same e-mail address, or same local part at another domain. */
  EMAIL {
    @Override
    Optional<Query> query(Entry entry, TermLookup terms) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (String email : entry.emails()) {
        query.add(terms.query(Schema.EMAIL, email), Occur.SHOULD);
        query.add(new BoostQuery(terms.query(Schema.EMAIL_LOCAL, Emails.localPart(email)), 0.5f), Occur.SHOULD);
      }
      return built(query, !entry.emails().isEmpty());
    }
  },
  /** Same phone number. */
  PHONE {
    @Override
    Optional<Query> query(Entry entry, TermLookup terms) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      entry.phones().forEach(phone -> query.add(terms.query(Schema.PHONE, phone), Occur.SHOULD));
      return built(query, !entry.phones().isEmpty());
    }
  },
  /**
   * Every name and location word, weighed by rarity (BM25), and the employer: finds records with typos in several
   * fields, and tells namesakes apart by employer or place. Only entries sharing a rare word or the rarest word of
   * the name are searched; common words (a frequent given name, a city) and the employer only add to their score,
   * since entries sharing nothing but those are too many to rank by them (a large employer's staff). Gets two
   * probes' share of candidates.
   */
  NAME {
    @Override
    ScoreDoc[] top(Entry entry, ProbeSearch search, int limit) throws IOException {
      if (!entry.isPerson() || entry.family().isEmpty() && entry.given().isEmpty()) {
        return NONE;
      }
      List<Clause> name = nameWords(entry);
      List<Clause> more = new ArrayList<>();
      crossedNames(entry, more);
      place(entry, more);
      List<Clause> employer = new ArrayList<>();
      company(entry, employer);
      return NameSearch.top(name, more, employer, search, limit);
    }

    @Override
    int shares() {
      return 2;
    }
  },
  /** A company's name words, acronym, domain and place, for Accounts. */
  COMPANY_NAME {
    @Override
    Optional<Query> query(Entry entry, TermLookup terms) {
      if (entry.isPerson() || entry.companies().isEmpty() && entry.domains().isEmpty()) {
        return Optional.empty();
      }
      List<Clause> company = new ArrayList<>();
      company(entry, company);
      List<Clause> place = new ArrayList<>();
      place(entry, place);
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      query.add(anyOf(company, terms), Occur.MUST);
      place.forEach(clause -> query.add(clause.query(terms), Occur.SHOULD));
      return Optional.of(query.build());
    }
  };

  private static final float WEAK = 0.5f;
  private static final ScoreDoc[] NONE = new ScoreDoc[0];

  /** The best {@code limit} documents of this probe for the entry. */
  ScoreDoc[] top(Entry entry, ProbeSearch search, int limit) throws IOException {
    Optional<Query> query = query(entry, search.terms());
    return query.isEmpty() ? NONE : SearchIndex.top(search.searcher(), search.restricted(query.get()), limit);
  }

  /** The query of a probe that Lucene scores: every probe but the name probe, which scores by {@link DocTerms}. */
  Optional<Query> query(Entry entry, TermLookup terms) {
    return Optional.empty();
  }

  /** How many times the candidates of a single probe this one may give. */
  int shares() {
    return 1;
  }

  /** The words of a person's name the name probe is driven by, the rarest of them at least. */
  static List<Clause> nameWords(Entry entry) {
    List<Clause> name = new ArrayList<>();
    familyName(entry, name);
    givenName(entry, name);
    return name;
  }

  private static void familyName(Entry entry, List<Clause> clauses) {
    words(Schema.FAMILY, entry.family(), 1f, clauses);
    optionalTerm(Schema.FAMILY_PHONETIC, entry.familyPhonetic(), 1f, clauses);
  }

  private static void givenName(Entry entry, List<Clause> clauses) {
    if (entry.given().isEmpty()) {
      return;
    }
    words(Schema.GIVEN, entry.given(), 1f, clauses);
    optionalTerm(Schema.GIVEN_VARIANT, PersonNames.first(entry.given()), WEAK, clauses);
    optionalTerm(Schema.GIVEN_PHONETIC, entry.givenPhonetic(), WEAK, clauses);
  }

  /** Given name searched as family name and the reverse, weighed less: records where they were swapped. */
  private static void crossedNames(Entry entry, List<Clause> clauses) {
    words(Schema.FAMILY, entry.given(), WEAK, clauses);
    words(Schema.GIVEN, entry.family(), WEAK, clauses);
  }

  private static void company(Entry entry, List<Clause> company) {
    for (String name : entry.companies()) {
      words(Schema.COMPANY, name, 1f, company);
      optionalTerm(Schema.COMPANY_KEY, name, 1f, company);
      optionalTerm(Schema.COMPANY_KEY, Companies.acronym(name), 1f, company);
    }
    entry.domains().forEach(domain -> optionalTerm(Schema.DOMAIN, domain, 1f, company));
  }

  private static void place(Entry entry, List<Clause> clauses) {
    words(Schema.STREET, entry.address().street(), 1f, clauses);
    optionalTerm(Schema.CITY, entry.address().city(), 1f, clauses);
    optionalTerm(Schema.POSTAL_CODE, entry.address().postalCode(), 1f, clauses);
  }

  private static Query anyOf(List<Clause> clauses, TermLookup terms) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    clauses.forEach(clause -> any.add(clause.query(terms), Occur.SHOULD));
    return any.build();
  }

  private static void words(String field, String text, float boost, List<Clause> clauses) {
    if (!text.isEmpty()) {
      TermLookup.words(field, text).forEach(word -> clauses.add(new Clause(field, word, boost)));
    }
  }

  private static void optionalTerm(String field, String value, float boost, List<Clause> clauses) {
    if (!value.isEmpty()) {
      clauses.add(new Clause(field, value, boost));
    }
  }

  private static Optional<Query> built(BooleanQuery.Builder query, boolean worthRunning) {
    return worthRunning ? Optional.of(query.build()) : Optional.empty();
  }
}
