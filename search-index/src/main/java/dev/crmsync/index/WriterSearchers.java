package dev.crmsync.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;

/**
 * Searchers on a writer's near-real-time reader, as Lucene's {@code SearcherManager} gives them, except that
 * refreshes can be held while a bulk load runs: opening a near-real-time reader flushes the writer's buffer into
 * a segment, so refreshing every second during a large rebuild left a small segment a second to search or merge.
 * While held, searches see what they saw before.
 */
final class WriterSearchers extends ReferenceManager<IndexSearcher> {
  private static final SearcherFactory SEARCHERS = new SearcherFactory();

  private volatile boolean held;

  WriterSearchers(IndexWriter writer) throws IOException {
    current = SearcherManager.getSearcher(SEARCHERS, DirectoryReader.open(writer), null);
  }

  /** Holds refreshes (true) until released (false): each refresh meanwhile keeps the current searcher. */
  void hold(boolean held) {
    this.held = held;
  }

  @Override
  protected IndexSearcher refreshIfNeeded(IndexSearcher searcher) throws IOException {
    if (held) {
      return null;
    }
    DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
    DirectoryReader newer = DirectoryReader.openIfChanged(reader);
    return newer == null ? null : SearcherManager.getSearcher(SEARCHERS, newer, reader);
  }

  @Override
  protected boolean tryIncRef(IndexSearcher searcher) {
    return searcher.getIndexReader().tryIncRef();
  }

  @Override
  protected void decRef(IndexSearcher searcher) throws IOException {
    searcher.getIndexReader().decRef();
  }

  @Override
  protected int getRefCount(IndexSearcher searcher) {
    return searcher.getIndexReader().getRefCount();
  }
}
