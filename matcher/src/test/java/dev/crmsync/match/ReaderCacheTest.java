package dev.crmsync.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import dev.crmsync.index.names.Nicknames;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ReaderCacheTest {
  @Test
  void docTermsAreReadOncePerReaderAndAgainWhenTheIndexChanged() {
    try (SearchIndex index = SearchIndex.open(new ByteBuffersDirectory(), new Schema(Nicknames.bundled()))) {
      index.rebuild(List.of(person("p1", "Anna", "Smith")).iterator());
      DocTerms first = docTermsOfANewCache(index);

      assertThat(docTermsOfANewCache(index)).as("a later run on the unchanged index").isSameAs(first);

      index.upsert(person("p2", "Ben", "Okafor"));
      index.refresh();
      DocTerms changed = docTermsOfANewCache(index);

      assertThat(changed).isNotSameAs(first);
      assertThat(changed.id(Schema.FAMILY, "okafor")).isNotNegative();
      assertThat(first.id(Schema.FAMILY, "okafor")).isEqualTo(-1);
    }
  }

  private static DocTerms docTermsOfANewCache(SearchIndex index) {
    return index.withSearcher(searcher -> ReaderCache.of(null, searcher).docTerms(searcher));
  }

  private static Entry person(String id, String given, String family) {
    return new EntryBuilder(id, Source.DIRECTORY_PERSON).name(given, family).build();
  }
}
