package dev.crmsync.match;

import dev.crmsync.index.Schema;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.normalize.Companies;
import dev.crmsync.index.normalize.Emails;
import dev.crmsync.index.normalize.PersonNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The index lookups that propose candidates for an entry; each is cheap and catches what another misses
 * (a changed e-mail, a typo in the name, a missing company). Each gives a query, or none when the entry lacks
 * what the probe needs.
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
    Optional<Query> query(Entry entry, TermLookup terms) {
      if (!entry.isPerson() || entry.family().isEmpty() && entry.given().isEmpty()) {
        return Optional.empty();
      }
      List<Clause> name = new ArrayList<>();
      familyName(entry, terms, name);
      givenName(entry, terms, name);
      List<Clause> more = new ArrayList<>();
      crossedNames(entry, terms, more);
      place(entry, terms, more);
      List<Clause> employer = new ArrayList<>();
      company(entry, terms, employer);
      return drivenByRareWords(name, more, employer, terms);
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
      company(entry, terms, company);
      List<Clause> place = new ArrayList<>();
      place(entry, terms, place);
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      query.add(anyOf(company), Occur.MUST);
      place.forEach(clause -> query.add(clause.query(), Occur.SHOULD));
      return Optional.of(query.build());
    }
  };

  private static final float WEAK = 0.5f;

  abstract Optional<Query> query(Entry entry, TermLookup terms);

  /** How many times the candidates of a single probe this one may give. */
  int shares() {
    return 1;
  }

  /** One optional term of a probe and its weight. */
  private record Clause(TermQuery term, float boost) {
    Query query() {
      return boost == 1f ? term : new BoostQuery(term, boost);
    }
  }

  private static void familyName(Entry entry, TermLookup terms, List<Clause> clauses) {
    words(terms, Schema.FAMILY, entry.family(), 1f, clauses);
    optionalTerm(terms, Schema.FAMILY_PHONETIC, entry.familyPhonetic(), 1f, clauses);
  }

  private static void givenName(Entry entry, TermLookup terms, List<Clause> clauses) {
    if (entry.given().isEmpty()) {
      return;
    }
    words(terms, Schema.GIVEN, entry.given(), 1f, clauses);
    optionalTerm(terms, Schema.GIVEN_VARIANT, PersonNames.first(entry.given()), WEAK, clauses);
    optionalTerm(terms, Schema.GIVEN_PHONETIC, entry.givenPhonetic(), WEAK, clauses);
  }

  /** Given name searched as family name and the reverse, weighed less: records where they were swapped. */
  private static void crossedNames(Entry entry, TermLookup terms, List<Clause> clauses) {
    words(terms, Schema.FAMILY, entry.given(), WEAK, clauses);
    words(terms, Schema.GIVEN, entry.family(), WEAK, clauses);
  }

  private static void company(Entry entry, TermLookup terms, List<Clause> company) {
    for (String name : entry.companies()) {
      words(terms, Schema.COMPANY, name, 1f, company);
      optionalTerm(terms, Schema.COMPANY_KEY, name, 1f, company);
      optionalTerm(terms, Schema.COMPANY_KEY, Companies.acronym(name), 1f, company);
    }
    entry.domains().forEach(domain -> optionalTerm(terms, Schema.DOMAIN, domain, 1f, company));
  }

  private static void place(Entry entry, TermLookup terms, List<Clause> clauses) {
    words(terms, Schema.STREET, entry.address().street(), 1f, clauses);
    optionalTerm(terms, Schema.CITY, entry.address().city(), 1f, clauses);
    optionalTerm(terms, Schema.POSTAL_CODE, entry.address().postalCode(), 1f, clauses);
  }

  /**
   * Entries sharing the rarest word of the name or any rare word of the name or {@code more}, scored by every
   * clause and the boosting ones: the same scores as a disjunction of all clauses, without visiting every entry
   * that shares only a common word.
   */
  private static Optional<Query> drivenByRareWords(List<Clause> name, List<Clause> more, List<Clause> boosting,
      TermLookup terms) {
    List<Clause> present = Stream.concat(name.stream(), more.stream())
        .filter(clause -> clause.term().getTermStates().docFreq() > 0).toList();
    Set<Clause> driving = new LinkedHashSet<>();
    present.stream().filter(clause -> name.contains(clause))
        .min(Comparator.comparingInt(clause -> clause.term().getTermStates().docFreq()))
        .ifPresent(driving::add);
    present.stream().filter(clause -> terms.isRare(clause.term())).forEach(driving::add);
    if (driving.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(anyOf(List.copyOf(driving)), Occur.MUST);
    present.stream().filter(clause -> !driving.contains(clause)).forEach(clause -> query.add(clause.query(),
        Occur.SHOULD));
    boosting.forEach(clause -> query.add(clause.query(), Occur.SHOULD));
    return Optional.of(query.build());
  }

  private static Query anyOf(List<Clause> clauses) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    clauses.forEach(clause -> any.add(clause.query(), Occur.SHOULD));
    return any.build();
  }

  private static void words(TermLookup terms, String field, String text, float boost, List<Clause> clauses) {
    if (!text.isEmpty()) {
      terms.words(field, text).forEach(word -> clauses.add(new Clause(word, boost)));
    }
  }

  private static void optionalTerm(TermLookup terms, String field, String value, float boost,
      List<Clause> clauses) {
    if (!value.isEmpty()) {
      clauses.add(new Clause(terms.query(field, value), boost));
    }
  }

  private static Optional<Query> built(BooleanQuery.Builder query, boolean worthRunning) {
    return worthRunning ? Optional.of(query.build()) : Optional.empty();
  }
}
