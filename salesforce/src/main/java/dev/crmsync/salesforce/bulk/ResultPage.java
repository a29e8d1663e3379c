package dev.crmsync.salesforce.bulk;

import java.io.InputStream;
import java.util.Optional;

/**
 * One page of a job's results: a self-contained CSV streaming from the server, and the locator of the next
 * page (empty after the last, where Salesforce sends the literal {@code null}).
 */
public record ResultPage(InputStream csv, Optional<String> nextLocator, long records) implements AutoCloseable {
  static Optional<String> locator(String header) {
    return header == null || header.isEmpty() || "null".equals(header) ? Optional.empty() : Optional.of(header);
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
