package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.RecordSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Sinks that hand what the generator emits, in batches and in order, to a thread of their own which passes it on
 * to the real sinks: formatting and writing files then overlaps with generating. {@link #close} waits until
 * everything is passed on, and rethrows the first failure of the real sinks.
 */
final class WriterThread implements RecordSink, DirectorySink, TruthSink, AutoCloseable {
  private static final int BATCH = 1_024;
  private static final int BATCHES_IN_FLIGHT = 4;
  private static final List<Object> END = List.of();

  private final RecordSink crm;
  private final DirectorySink directory;
  private final TruthSink truth;
  private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
  private final Thread thread;
  private volatile RuntimeException failure;
  private List<Object> batch = new ArrayList<>(BATCH);

  private record CrmRow(String sobject, Map<String, String> fields) {
  }

  WriterThread(RecordSink crm, DirectorySink directory, TruthSink truth) {
    this.crm = crm;
    this.directory = directory;
    this.truth = truth;
    this.thread = Thread.ofPlatform().name("generate-writer").start(this::drain);
  }

  @Override
  public void record(String sobject, Map<String, String> fields) {
    add(new CrmRow(sobject, fields));
  }

  @Override
  public void accept(DirectoryEntry entry) {
    add(entry);
  }

  @Override
  public void accept(TruthFact fact) {
    add(fact);
  }

  @Override
  public void close() {
    if (!batch.isEmpty() && failure == null) {
      put(batch);
    }
    put(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the generator's files were being written", e);
    }
    failIfFailed();
  }

  private void add(Object event) {
    batch.add(event);
    if (batch.size() == BATCH) {
      hand(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  private void hand(List<Object> events) {
    failIfFailed();
    put(events);
  }

  private void put(List<Object> events) {
    try {
      queue.put(events);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing records to the writer", e);
    }
  }

  /** A new exception each time, so that one thrown by close() can be suppressed by one thrown before. */
  private void failIfFailed() {
    if (failure != null) {
      throw new IllegalStateException("writing generated records failed: " + failure.getMessage(), failure);
    }
  }

  /** Passes events on until the end; after a failure it keeps taking batches so the producer never blocks. */
  private void drain() {
    try {
      for (List<Object> events = queue.take(); events != END; events = queue.take()) {
        if (failure == null) {
          pass(events);
        }
      }
    } catch (InterruptedException e) {
      failure = new IllegalStateException("the generator's writer was interrupted", e);
    }
  }

  private void pass(List<Object> events) {
    try {
      for (Object event : events) {
        switch (event) {
          case CrmRow row -> crm.record(row.sobject(), row.fields());
          case DirectoryEntry entry -> directory.accept(entry);
          case TruthFact fact -> truth.accept(fact);
          default -> throw new IllegalStateException("unknown event " + event);
        }
      }
    } catch (RuntimeException e) {
      failure = e;
    }
  }
}
