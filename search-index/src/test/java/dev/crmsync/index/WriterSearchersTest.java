package dev.crmsync.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class WriterSearchersTest {
  @Test
  void aHeldRefreshKeepsTheSearcherAndFlushesNothingUntilReleased() throws IOException {
    try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(new StandardAnalyzer()));
         WriterSearchers searchers = new WriterSearchers(writer)) {
      add(writer, "a");
      searchers.maybeRefreshBlocking();
      assertThat(visible(searchers)).isEqualTo(1);

      searchers.hold(true);
      add(writer, "b");
      add(writer, "c");
      searchers.maybeRefreshBlocking();
      assertThat(visible(searchers)).as("while held").isEqualTo(1);
      assertThat(writer.numRamDocs()).as("documents still in the writer's buffer, not flushed").isEqualTo(2);

      searchers.hold(false);
      searchers.maybeRefreshBlocking();
      assertThat(visible(searchers)).isEqualTo(3);
    }
  }

  private static void add(IndexWriter writer, String id) throws IOException {
    Document document = new Document();
    document.add(new StringField("id", id, Store.NO));
    writer.addDocument(document);
  }

  private static int visible(WriterSearchers searchers) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }
}
