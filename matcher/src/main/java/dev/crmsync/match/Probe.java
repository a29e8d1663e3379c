package dev.crmsync.match;

import dev.crmsync.index.Schema;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.normalize.Companies;
import dev.crmsync.index.normalize.Emails;
import dev.crmsync.index.normalize.PersonNames;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The index lookups that propose candidates for an entry; each is cheap and catches what another misses
 * (a changed e-mail, a typo in the name, a missing company). Each gives a query, or none when the entry lacks
 * what the probe needs.
 */
enum Probe {
  /** Same e-mail address, or same local part at another domain. */
  EMAIL {
    @Override
    Optional<Query> query(Entry entry) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (String email : entry.emails()) {
        query.add(term(Schema.EMAIL, email), Occur.SHOULD);
        query.add(new BoostQuery(term(Schema.EMAIL_LOCAL, Emails.localPart(email)), 0.5f), Occur.SHOULD);
      }
      return built(query, !entry.emails().isEmpty());
    }
  },
  /** Same phone number. */
  PHONE {
    @Override
    Optional<Query> query(Entry entry) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      entry.phones().forEach(phone -> query.add(term(Schema.PHONE, phone), Occur.SHOULD));
      return built(query, !entry.phones().isEmpty());
    }
  },
  /** The family name (or its sound) together with the employer's name or domain. */
  NAME_AND_COMPANY {
    @Override
    Optional<Query> query(Entry entry) {
      if (!entry.isPerson() || entry.family().isEmpty()
          || entry.companies().isEmpty() && entry.domains().isEmpty()) {
        return Optional.empty();
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      query.add(familyName(entry), Occur.MUST);
      query.add(company(entry), Occur.MUST);
      givenName(entry, query);
      return Optional.of(query.build());
    }
  },
  /** Every name and location word, weighed by rarity (IDF): finds records with typos in several fields. */
  NAME_AND_PLACE {
    @Override
    Optional<Query> query(Entry entry) {
      if (!entry.isPerson()) {
        return Optional.empty();
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      words(query, Schema.FAMILY, entry.family());
      query.add(term(Schema.FAMILY_PHONETIC, entry.familyPhonetic()), Occur.SHOULD);
      givenName(entry, query);
      crossedNames(entry, query);
      place(entry, query);
      return built(query, !entry.family().isEmpty() || !entry.given().isEmpty());
    }
  },
  /** A company's name words, acronym, domain and place, for Accounts. */
  COMPANY_NAME {
    @Override
    Optional<Query> query(Entry entry) {
      if (entry.isPerson() || entry.companies().isEmpty() && entry.domains().isEmpty()) {
        return Optional.empty();
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      query.add(company(entry), Occur.MUST);
      place(entry, query);
      return Optional.of(query.build());
    }
  };

  private static final QueryBuilder WORDS = new QueryBuilder(Schema.analyzer());

  abstract Optional<Query> query(Entry entry);

  private static Query familyName(Entry entry) {
    BooleanQuery.Builder family = new BooleanQuery.Builder();
    words(family, Schema.FAMILY, entry.family());
    family.add(term(Schema.FAMILY_PHONETIC, entry.familyPhonetic()), Occur.SHOULD);
    return family.build();
  }

  private static void givenName(Entry entry, BooleanQuery.Builder query) {
    if (entry.given().isEmpty()) {
      return;
    }
    words(query, Schema.GIVEN, entry.given());
    query.add(new BoostQuery(term(Schema.GIVEN_VARIANT, PersonNames.first(entry.given())), 0.5f), Occur.SHOULD);
    query.add(new BoostQuery(term(Schema.GIVEN_PHONETIC, entry.givenPhonetic()), 0.5f), Occur.SHOULD);
  }

  /** Given name searched as family name and the reverse, weighed less: records where they were swapped. */
  private static void crossedNames(Entry entry, BooleanQuery.Builder query) {
    if (!entry.given().isEmpty()) {
      query.add(new BoostQuery(WORDS.createBooleanQuery(Schema.FAMILY, entry.given()), 0.5f), Occur.SHOULD);
    }
    if (!entry.family().isEmpty()) {
      query.add(new BoostQuery(WORDS.createBooleanQuery(Schema.GIVEN, entry.family()), 0.5f), Occur.SHOULD);
    }
  }

  private static Query company(Entry entry) {
    BooleanQuery.Builder company = new BooleanQuery.Builder();
    for (String name : entry.companies()) {
      words(company, Schema.COMPANY, name);
      company.add(term(Schema.COMPANY_KEY, name), Occur.SHOULD);
      String acronym = Companies.acronym(name);
      if (!acronym.isEmpty()) {
        company.add(term(Schema.COMPANY_KEY, acronym), Occur.SHOULD);
      }
    }
    entry.domains().forEach(domain -> company.add(term(Schema.DOMAIN, domain), Occur.SHOULD));
    return company.build();
  }

  private static void place(Entry entry, BooleanQuery.Builder query) {
    words(query, Schema.STREET, entry.address().street());
    optionalTerm(query, Schema.CITY, entry.address().city());
    optionalTerm(query, Schema.POSTAL_CODE, entry.address().postalCode());
  }

  private static void words(BooleanQuery.Builder query, String field, String text) {
    if (!text.isEmpty()) {
      Query words = WORDS.createBooleanQuery(field, text);
      if (words != null) {
        query.add(words, Occur.SHOULD);
      }
    }
  }

  private static void optionalTerm(BooleanQuery.Builder query, String field, String value) {
    if (!value.isEmpty()) {
      query.add(term(field, value), Occur.SHOULD);
    }
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static Optional<Query> built(BooleanQuery.Builder query, boolean worthRunning) {
    return worthRunning ? Optional.of(query.build()) : Optional.empty();
  }
}
