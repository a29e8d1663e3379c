package dev.crmsync.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import dev.crmsync.index.names.Nicknames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  private final Schema schema = new Schema(Nicknames.bundled());

  private static Entry person(String id, String given, String family, String email) {
    return new EntryBuilder(id, Source.DIRECTORY_PERSON).name(given, family).email(email)
        .company("Acme GmbH").address("1 Main St", "Berlin", null, "10117", "Germany").build();
  }

  @Test
  void upsertedEntriesAreFoundByEachKindOfField(@TempDir Path folder) {
    try (SearchIndex index = SearchIndex.open(folder, schema)) {
      index.upsert(person("p1", "Robert", "Müller", "Bob.Mueller+x@Acme.de"));
      index.upsert(person("p2", "Jane", "Smith", "jane@acme.de"));
      index.refresh();

      assertThat(ids(index.search(new TermQuery(new Term(Schema.EMAIL, "bob.mueller@acme.de")), 5)))
          .containsExactly("p1");
      assertThat(ids(index.search(new TermQuery(new Term(Schema.GIVEN_VARIANT, "bob")), 5))).containsExactly("p1");
      assertThat(ids(index.search(new QueryBuilder(Schema.analyzer()).createBooleanQuery(Schema.FAMILY, "MULLER"),
          5))).containsExactly("p1");
      assertThat(ids(index.search(new TermQuery(new Term(Schema.COUNTRY, "DE")), 5))).hasSize(2);
      assertThat(ids(index.search(new TermQuery(new Term(Schema.DOMAIN, "acme.de")), 5))).hasSize(2);
    }
  }

  @Test
  void anUpsertReplacesAndADeleteRemoves(@TempDir Path folder) {
    try (SearchIndex index = SearchIndex.open(folder, schema)) {
      index.upsert(person("p1", "Robert", "Miller", "r@acme.de"));
      index.upsert(person("p1", "Robert", "Smith", "r@acme.de"));
      index.upsert(person("p2", "Jane", "Smith", "jane@acme.de"));
      index.delete("p2");
      index.refresh();

      assertThat(index.size()).isEqualTo(1);
      assertThat(ids(index.search(new TermQuery(new Term(Schema.FAMILY, "smith")), 5))).containsExactly("p1");
    }
  }

  @Test
  void theIndexSurvivesARestartAndCanBeRebuilt(@TempDir Path folder) {
    try (SearchIndex index = SearchIndex.open(folder, schema)) {
      index.upsert(person("p1", "Robert", "Miller", "r@acme.de"));
    }
    try (SearchIndex reopened = SearchIndex.open(folder, schema)) {
      assertThat(reopened.size()).isEqualTo(1);
      reopened.rebuild(List.of(person("p7", "Ann", "Lee", "ann@acme.de"), person("p8", "Bo", "Li", "bo@acme.de"))
          .iterator());
      reopened.refresh();
      assertThat(reopened.size()).isEqualTo(2);
      assertThat(ids(reopened.search(new TermQuery(new Term(Schema.ID, "p1")), 5))).isEmpty();
    }
  }

  @Test
  void aRebuildIsSearchedAsAWholeOnceItReturnsInOneSegment(@TempDir Path folder) {
    try (SearchIndex index = SearchIndex.open(folder, schema)) {
      index.upsert(person("p1", "Robert", "Miller", "r@acme.de"));
      index.refresh();
      List<Integer> sizesSeenMeanwhile = new ArrayList<>();
      Iterator<Entry> entries = IntStream.range(0, 3_000).mapToObj(i -> {
        if (i % 1_000 == 999) {
          sizesSeenMeanwhile.add(index.size());
        }
        return person("n" + i, "Ann", "Lee" + i, "ann" + i + "@acme.de");
      }).iterator();

      index.rebuild(entries);

      assertThat(sizesSeenMeanwhile).containsOnly(1);
      assertThat(index.size()).isEqualTo(3_000);
      int segments = index.withSearcher(searcher -> searcher.getIndexReader().leaves().size());
      assertThat(segments).isEqualTo(1);
    }
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }
}
