package dev.crmsync.index;

import dev.crmsync.index.entry.Entry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An on-disk index of entries with near-real-time search: writes become visible within about a second (25 ms
 * when a caller waits for them), and survive a restart once committed; a rebuild becomes visible as a whole.
 * Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
  /** Stalest a search may be when nobody waits for a write: sync writes in bursts, a second is fresh enough. */
  private static final double MAX_STALE_SECONDS = 1.0;
  /** Reopen delay when a caller waits for its own write: short, yet batching a burst of waiters. */
  private static final double MIN_STALE_SECONDS = 0.025;
  private static final double RAM_BUFFER_MB = 256;

  private final Directory directory;
  private final IndexWriter writer;
  private final WriterSearchers searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final Schema schema;
  private final AtomicLong lastWrite = new AtomicLong(-1);
  /** Held by a rebuild (write) and by callers waiting for their writes (read), who wait for the rebuild too. */
  private final ReadWriteLock rebuilding = new ReentrantReadWriteLock();

  private SearchIndex(Directory directory, Schema schema) throws IOException {
    this.directory = directory;
    this.schema = schema;
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new WriterSearchers(writer);
    this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
    reopener.setName("search-index-reopen-" + directory);
    reopener.setDaemon(true);
    reopener.start();
  }

  /** Opens (or creates) the index in a folder. */
  public static SearchIndex open(Path folder, Schema schema) {
    try {
      return new SearchIndex(FSDirectory.open(folder), schema);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index at " + folder, e);
    }
  }

  /** Opens an index on any Lucene directory (tests use a {@code ByteBuffersDirectory}). */
  public static SearchIndex open(Directory directory, Schema schema) {
    try {
      return new SearchIndex(directory, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the entry, or replaces the one with its id. */
  public void upsert(Entry entry) {
    io(() -> lastWrite.set(writer.updateDocument(new Term(Schema.ID, entry.id()), schema.document(entry))));
  }

  public void delete(String id) {
    io(() -> lastWrite.set(writer.deleteDocuments(new Term(Schema.ID, id))));
  }

  /**
   * Replaces the whole content with the given entries, in one segment, and commits. Searches see the previous
   * content until the new one is complete. Refreshes are held meanwhile: each would flush the entries written so
   * far into a segment of their own (a segment a second), where held they are written in segments of the RAM
   * buffer's size (a million synthetic people fit one), so the merge into one has little or nothing left to do.
   * One segment because a rebuilt index is searched far more than written, and each search looks every term up in
   * every segment.
   */
  public void rebuild(Iterator<Entry> entries) {
    rebuilding.writeLock().lock();
    try {
      io(() -> {
        searchers.hold(true);
        try {
          searchers.maybeRefreshBlocking(); // waits for a refresh in flight; none starts until the end
          writer.deleteAll();
          while (entries.hasNext()) {
            writer.addDocument(schema.document(entries.next()));
          }
          writer.forceMerge(1);
          lastWrite.set(writer.commit());
        } finally {
          searchers.hold(false);
        }
        searchers.maybeRefreshBlocking();
      });
    } finally {
      rebuilding.writeLock().unlock();
    }
  }

  /** Makes every write made so far durable. */
  public void commit() {
    io(writer::commit);
  }

  /** Blocks until every write made so far is visible to searches (read-your-writes), a rebuild's too. */
  public void refresh() {
    rebuilding.readLock().lock();
    try {
      long generation = lastWrite.get();
      if (generation >= 0) {
        reopener.waitForGeneration(generation);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the index to refresh", e);
    } finally {
      rebuilding.readLock().unlock();
    }
  }

  /**
   * The ids of the best {@code limit} entries for the query, best first. Total hits are counted only up to the
   * limit, which lets Lucene skip documents that cannot make the top.
   */
  public List<Hit> search(Query query, int limit) {
    return withSearcher(searcher -> {
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc top : top(searcher, query, limit)) {
        hits.add(new Hit(id(searcher, top.doc), top.score));
      }
      return hits;
    });
  }

  /**
   * The best {@code limit} documents for the query, best first, on a searcher acquired by {@link #withSearcher}:
   * for callers running several queries at once and reading ids by {@link #id} (or caching them).
   */
  public static ScoreDoc[] top(IndexSearcher searcher, Query query, int limit) throws IOException {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be > 0, got " + limit);
    }
    return searcher.search(query, new TopScoreDocCollectorManager(limit, limit)).scoreDocs;
  }

  /** The entry id of a document of the searcher's reader. */
  public static String id(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedSetDocValues ids = leaf.reader().getSortedSetDocValues(Schema.ID);
    if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no id");
    }
    return ids.lookupOrd(ids.nextOrd()).utf8ToString();
  }

  /** Runs a function on a current searcher, released afterwards. */
  public <T> T withSearcher(SearcherFunction<T> function) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return function.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of entries visible to searches. */
  public int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  @Override
  public void close() {
    io(() -> {
      reopener.close();
      searchers.close();
      writer.commit();
      writer.close();
      directory.close();
    });
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Work on a searcher that may fail with an {@link IOException}. */
  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }
}
