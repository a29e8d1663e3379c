package dev.crmsync.match;

import dev.crmsync.index.Schema;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.normalize.Companies;
import dev.crmsync.index.normalize.Emails;
import dev.crmsync.index.normalize.PersonNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
  /** The family name (or its sound) together with the employer's name or domain. */
  NAME_AND_COMPANY {
    @Override
    Optional<Query> query(Entry entry, TermLookup terms) {
      if (!entry.isPerson() || entry.family().isEmpty()
          || entry.companies().isEmpty() && entry.domains().isEmpty()) {
        return Optional.empty();
      }
      List<Clause> family = new ArrayList<>();
      familyName(entry, terms, family);
      List<Clause> given = new ArrayList<>();
      givenName(entry, terms, given);
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      query.add(anyOf(family), Occur.MUST);
      query.add(company(entry, terms), Occur.MUST);
      given.forEach(clause -> query.add(clause.query(), Occur.SHOULD));
      return Optional.of(query.build());
    }
  },
  /**
   * Every name and location word, weighed by rarity (BM25): finds records with typos in several fields. Only
   * entries sharing a rare word (or the rarest one, when all are common) are searched; common words (a frequent
   * given name, a city) add to their score, since entries sharing nothing but common words are too many to rank
   * by them.
   */
  NAME_AND_PLACE {
    @Override
    Optional<Query> query(Entry entry, TermLookup terms) {
      if (!entry.isPerson() || entry.family().isEmpty() && entry.given().isEmpty()) {
        return Optional.empty();
      }
      List<Clause> clauses = new ArrayList<>();
      familyName(entry, terms, clauses);
      givenName(entry, terms, clauses);
      crossedNames(entry, terms, clauses);
      place(entry, terms, clauses);
      return drivenByRareWords(clauses, terms);
    }
  },
  /** A company's name words, acronym, domain and place, for Accounts. */
  COMPANY_NAME {
    @Override
    Optional<Query> query(Entry entry, TermLookup terms) {
      if (entry.isPerson() || entry.companies().isEmpty() && entry.domains().isEmpty()) {
        return Optional.empty();
      }
      List<Clause> place = new ArrayList<>();
      place(entry, terms, place);
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      query.add(company(entry, terms), Occur.MUST);
      place.forEach(clause -> query.add(clause.query(), Occur.SHOULD));
      return Optional.of(query.build());
    }
  };

  private static final float WEAK = 0.5f;

  abstract Optional<Query> query(Entry entry, TermLookup terms);

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

  private static Query company(Entry entry, TermLookup terms) {
    List<Clause> company = new ArrayList<>();
    for (String name : entry.companies()) {
      words(terms, Schema.COMPANY, name, 1f, company);
      optionalTerm(terms, Schema.COMPANY_KEY, name, 1f, company);
      optionalTerm(terms, Schema.COMPANY_KEY, Companies.acronym(name), 1f, company);
    }
    entry.domains().forEach(domain -> optionalTerm(terms, Schema.DOMAIN, domain, 1f, company));
    return anyOf(company);
  }

  private static void place(Entry entry, TermLookup terms, List<Clause> clauses) {
    words(terms, Schema.STREET, entry.address().street(), 1f, clauses);
    optionalTerm(terms, Schema.CITY, entry.address().city(), 1f, clauses);
    optionalTerm(terms, Schema.POSTAL_CODE, entry.address().postalCode(), 1f, clauses);
  }

  /**
   * Entries sharing any rare clause (or the rarest clause, when none is rare), scored by every clause: the same
   * scores as a disjunction of all clauses, without visiting every entry that shares only a common word.
   */
  private static Optional<Query> drivenByRareWords(List<Clause> clauses, TermLookup terms) {
    List<Clause> present = clauses.stream().filter(c -> c.term().getTermStates().docFreq() > 0).toList();
    List<Clause> rare = present.stream().filter(c -> terms.isRare(c.term())).toList();
    if (rare.isEmpty()) {
      rare = present.stream().min(Comparator.comparingInt(c -> c.term().getTermStates().docFreq())).stream()
          .toList();
    }
    if (rare.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(anyOf(rare), Occur.MUST);
    for (Clause clause : present) {
      if (!rare.contains(clause)) {
        query.add(clause.query(), Occur.SHOULD);
      }
    }
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
