package dev.crmsync.salesforce.bulk;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a query job to the end and hands its rows over page by page, streaming. Blocking: call it from a worker
 * or plain thread, never from an event loop.
 */
public final class BulkQueryReader {
  private static final long CALL_TIMEOUT_MINUTES = 30;
  private static final int PAGE_ATTEMPTS = 4;
  private static final Logger LOG = LoggerFactory.getLogger(BulkQueryReader.class);

  private final BulkQueryClient client;
  private final int pageRecords;

  public BulkQueryReader(BulkQueryClient client, int pageRecords) {
    if (pageRecords < 1) {
      throw new IllegalArgumentException("pageRecords must be >= 1, got " + pageRecords);
    }
    this.client = client;
    this.pageRecords = pageRecords;
  }

  /** What takes the rows: each row, then the end of each page (where a consumer may stop the reading). */
  public interface Consumer extends CsvPages.RowHandler {
    /** Called after each page; return false to stop before the next one. */
    default boolean pageEnded() throws Exception {
      return true;
    }
  }

  /**
   * Runs the query and streams all its rows; returns the rows read, and whether every page was read. The next
   * page is asked for as soon as this one's locator is known, so Salesforce prepares it while this one is
   * imported; its body waits, paused, after a few chunks.
   */
  public Outcome read(String soql, QueryOperation operation, Consumer consumer) throws Exception {
    QueryJob job = client.create(soql, operation).await(CALL_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    long started = System.nanoTime();
    client.awaitCompletion(job.id()).await(CALL_TIMEOUT_MINUTES * 4, TimeUnit.MINUTES);
    LOG.debug("query job {} complete after {} ms", job.id(), (System.nanoTime() - started) / 1_000_000);
    Optional<String> locator = Optional.empty();
    Future<ResultPage> fetched = client.page(job.id(), locator, pageRecords);
    long rows = 0;
    while (true) {
      ResultPage page = fetched.await(CALL_TIMEOUT_MINUTES, TimeUnit.MINUTES);
      Optional<String> next = page.nextLocator();
      Future<ResultPage> prefetched = next.map(l -> client.page(job.id(), Optional.of(l), pageRecords)).orElse(null);
      try {
        rows += readPage(job.id(), locator, page, consumer, 0);
        if (!consumer.pageEnded()) {
          abandon(prefetched);
          return new Outcome(rows, next.isEmpty());
        }
      } catch (Exception e) {
        abandon(prefetched);
        throw e;
      }
      if (prefetched == null) {
        return new Outcome(rows, true);
      }
      locator = next;
      fetched = prefetched;
    }
  }

  /**
   * Reads one page; a page that breaks off is read again from its locator, which stays valid while the job
   * lives. Rows it handed over before breaking come again, so consumers must take a repeated row as a no-op.
   */
  private long readPage(String jobId, Optional<String> locator, ResultPage page, Consumer consumer, int retry)
      throws Exception {
    try (page) {
      long rows = CsvPages.read(page.csv(), consumer);
      if (page.records() >= 0 && rows != page.records()) {
        throw new BrokenPageException("the page has " + rows + " rows, Sforce-NumberOfRecords said " + page.records());
      }
      return rows;
    } catch (java.io.IOException e) {
      if (retry + 1 >= PAGE_ATTEMPTS) {
        throw e;
      }
      LOG.warn("results page of job {} broke off ({}); reading it again", jobId, e.getMessage());
      ResultPage again = client.page(jobId, locator, pageRecords).await(CALL_TIMEOUT_MINUTES, TimeUnit.MINUTES);
      return readPage(jobId, locator, again, consumer, retry + 1);
    }
  }

  /** Lets go of a page asked for and not read: its connection goes back to the pool. */
  private static void abandon(Future<ResultPage> page) {
    if (page != null) {
      page.onSuccess(ResultPage::close);
    }
  }

  /** How much of a query was read. */
  public record Outcome(long rows, boolean complete) {
  }
}
