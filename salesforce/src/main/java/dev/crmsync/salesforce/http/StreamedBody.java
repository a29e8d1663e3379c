package dev.crmsync.salesforce.http;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A response body as a blocking {@link InputStream} for a worker thread, with back-pressure: the HTTP stream is
 * paused while {@value #HIGH_WATER} chunks wait unread, so a slow consumer holds a few megabytes at most, never
 * the whole body. Must be created on the stream's context, before its first chunk can arrive.
 */
final class StreamedBody extends InputStream {
  static final int HIGH_WATER = 256;
  private static final int LOW_WATER = 64;
  private static final Object END = new Object();

  private final ReadStream<Buffer> source;
  private final Context context;
  private final Runnable abandon;
  private final BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
  private int queuedChunks;
  private boolean paused;
  private Buffer current;
  private int position;
  private boolean ended;

  StreamedBody(ReadStream<Buffer> source, Context context, Runnable abandon) {
    this.source = source;
    this.context = context;
    this.abandon = abandon;
    source.exceptionHandler(chunks::add);
    source.endHandler(v -> chunks.add(END));
    source.handler(this::arrived);
  }

  private void arrived(Buffer chunk) {
    chunks.add(chunk);
    synchronized (this) {
      if (++queuedChunks >= HIGH_WATER && !paused) {
        paused = true;
        source.pause();
      }
    }
  }

  private void consumed() {
    synchronized (this) {
      if (--queuedChunks <= LOW_WATER && paused) {
        paused = false;
        context.runOnContext(v -> source.resume());
      }
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(length, current.length() - position);
    current.getBytes(position, position + n, target, offset);
    position += n;
    return n;
  }

  private boolean fill() throws IOException {
    while (!ended && (current == null || position >= current.length())) {
      Object next;
      try {
        next = chunks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading a Salesforce response");
      }
      if (next == END) {
        ended = true;
      } else if (next instanceof Throwable failure) {
        ended = true;
        throw new IOException("the Salesforce response broke off: " + failure.getMessage(), failure);
      } else {
        current = (Buffer) next;
        position = 0;
        consumed();
      }
    }
    return !ended;
  }

  /** Closing before the end drops the rest of the response instead of reading it. */
  @Override
  public void close() {
    if (!ended) {
      ended = true;
      context.runOnContext(v -> abandon.run());
    }
  }
}
