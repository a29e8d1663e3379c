package dev.crmsync.salesforce.bulk;

/** A Bulk query job ended Failed or Aborted, or did not finish in time. */
public final class BulkJobException extends RuntimeException {
  public BulkJobException(String message) {
    super(message, null, false, false);
  }
}
