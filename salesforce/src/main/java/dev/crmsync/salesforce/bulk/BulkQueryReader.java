package dev.crmsync.salesforce.bulk;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a query job to the end and hands its rows over page by page, streaming. Blocking: call it from a worker
 * or plain thread, never from an event loop.
 */
public final class BulkQueryReader {
  private static final long CALL_TIMEOUT_MINUTES = 30;

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

  /** Runs the query and streams all its rows; returns the rows read, and whether every page was read. */
  public Outcome read(String soql, QueryOperation operation, Consumer consumer) throws Exception {
    QueryJob job = client.create(soql, operation).await(CALL_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    client.awaitCompletion(job.id()).await(CALL_TIMEOUT_MINUTES * 4, TimeUnit.MINUTES);
    Optional<String> locator = Optional.empty();
    long rows = 0;
    do {
      try (ResultPage page = client.page(job.id(), locator, pageRecords).await(CALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        rows += CsvPages.read(page.csv(), consumer);
        locator = page.nextLocator();
      }
      if (!consumer.pageEnded()) {
        return new Outcome(rows, locator.isEmpty());
      }
    } while (locator.isPresent());
    return new Outcome(rows, true);
  }

  /** How much of a query was read. */
  public record Outcome(long rows, boolean complete) {
  }
}
