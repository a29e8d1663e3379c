package dev.crmsync.salesforce.http;

import io.vertx.core.MultiMap;
import java.io.InputStream;

/**
 * A successful answer whose headers are read and whose body streams: read {@link #body()} on a worker thread,
 * then close it.
 */
public record StreamedResponse(MultiMap headers, InputStream body) implements AutoCloseable {
  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
