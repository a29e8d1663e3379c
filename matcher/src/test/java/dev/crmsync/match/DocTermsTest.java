package dev.crmsync.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import dev.crmsync.index.names.Nicknames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class DocTermsTest {
  private static final List<String> FIELDS = List.of(Schema.FAMILY, Schema.GIVEN, Schema.GIVEN_VARIANT,
      Schema.STREET, Schema.CITY);

  @Test
  void scoresAreLuceneBm25ScoresOfADisjunctionOfTheTerms() {
    List<Entry> people = new ArrayList<>();
    String[] given = {"anna", "ben", "anna maria", "william", "bill"};
    String[] family = {"smith", "smith jones", "okafor", "jones", "van der berg"};
    String[] street = {"12 Oak Street", "12 12th Street", "1 Elm Road", "", "7 Oak Lane"};
    for (int i = 0; i < 60; i++) {
      people.add(new EntryBuilder("p" + i, Source.DIRECTORY_PERSON).name(given[i % 5], family[i / 5 % 5])
          .address(street[i / 3 % 5], i % 4 == 0 ? "" : "City" + i % 3, null, null, "GB").build());
    }
    List<NameSearch.Clause> clauses = List.of(new NameSearch.Clause(Schema.FAMILY, "smith", 1f),
        new NameSearch.Clause(Schema.FAMILY, "jones", 1f), new NameSearch.Clause(Schema.GIVEN, "anna", 0.5f),
        new NameSearch.Clause(Schema.GIVEN_VARIANT, "william", 0.5f), new NameSearch.Clause(Schema.STREET, "12",
            1f), new NameSearch.Clause(Schema.STREET, "oak", 1f), new NameSearch.Clause(Schema.CITY,
            people.get(1).address().city(), 1f), new NameSearch.Clause(Schema.CITY, people.get(1).address().city(),
            0.5f));
    try (SearchIndex index = SearchIndex.open(new ByteBuffersDirectory(), new Schema(Nicknames.bundled()))) {
      index.rebuild(people.iterator());
      index.refresh();
      index.withSearcher(searcher -> {
        DocTerms docTerms = DocTerms.read(searcher.getIndexReader(), FIELDS);
        Map<Integer, Float> weights = new HashMap<>();
        BooleanQuery.Builder disjunction = new BooleanQuery.Builder();
        for (NameSearch.Clause clause : clauses) {
          int id = docTerms.id(clause.field(), clause.value());
          assertThat(id).as("id of %s", clause).isNotNegative();
          weights.merge(id, docTerms.weight(clause.field(), id, clause.boost()), Float::sum);
          disjunction.add(new BoostQuery(new TermQuery(new Term(clause.field(), clause.value())), clause.boost()),
              Occur.SHOULD);
        }
        WeightedTerms terms = new WeightedTerms(weights);
        ScoreDoc[] hits = searcher.search(disjunction.build(), people.size()).scoreDocs;
        assertThat(hits).hasSizeGreaterThan(40);
        for (ScoreDoc hit : hits) {
          assertThat(docTerms.score(hit.doc, terms)).isCloseTo(hit.score, within(1e-5f));
        }
        return null;
      });
    }
  }

  @Test
  void aTermNoDocumentHasHasNoId() {
    try (SearchIndex index = SearchIndex.open(new ByteBuffersDirectory(), new Schema(Nicknames.bundled()))) {
      index.rebuild(List.of(new EntryBuilder("p1", Source.DIRECTORY_PERSON).name("Anna", "Smith").build())
          .iterator());
      index.refresh();
      index.withSearcher(searcher -> {
        DocTerms docTerms = DocTerms.read(searcher.getIndexReader(), FIELDS);
        assertThat(docTerms.id(Schema.FAMILY, "jones")).isEqualTo(-1);
        assertThat(docTerms.docFreq(docTerms.id(Schema.FAMILY, "smith"))).isEqualTo(1);
        return null;
      });
    }
  }
}
