package dev.crmsync.gateway.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and parses a directory folder on a thread of its own, companies then people then deletes, into
 * {@link Batch}es, so that parsing the next batch overlaps writing the last. At most {@link #QUEUED} batches wait,
 * so memory stays bounded whatever the file size.
 */
final class BatchReader implements AutoCloseable {
  static final int DEFAULT_BATCH_LINES = 20_000;
  private static final int QUEUED = 2;

  /** Queue items besides batches: the end, or what stopped the reader. */
  private record End() {
  }

  private record Failure(Exception cause) {
  }

  private final DirectoryFolder folder;
  private final int batchLines;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
  private final RecordParser parser = new RecordParser();
  private final Thread thread;
  private long records;
  private long finishedFilesBytes;

  private BatchReader(DirectoryFolder folder, int batchLines) {
    this.folder = folder;
    this.batchLines = batchLines;
    this.thread = Thread.ofPlatform().name("directory-reader").daemon().unstarted(this::readAll);
  }

  static BatchReader start(DirectoryFolder folder, int batchLines) {
    BatchReader reader = new BatchReader(folder, batchLines);
    reader.thread.start();
    return reader;
  }

  /** The next batch, or empty once everything was read; rethrows what stopped the reader. */
  Optional<Batch> next() throws IOException, InterruptedException {
    Object item = queue.take();
    if (item instanceof Failure failure) {
      if (failure.cause() instanceof IOException e) {
        throw e;
      }
      throw (RuntimeException) failure.cause();
    }
    return item instanceof Batch batch ? Optional.of(batch) : Optional.empty();
  }

  private void readAll() {
    try {
      try {
        for (DirectoryKind kind : List.of(DirectoryKind.COMPANY, DirectoryKind.PERSON)) {
          if (folder.records(kind).isPresent()) {
            read(folder.records(kind).get(), new Upserts(kind));
          }
        }
        if (folder.deleted().isPresent()) {
          read(folder.deleted().get(), new Deletes());
        }
        queue.put(new End());
      } catch (IOException | RuntimeException e) {
        queue.put(new Failure(e));
      }
    } catch (InterruptedException e) {
      // the writer stopped: nobody waits for more batches
      Thread.currentThread().interrupt();
    }
  }

  private void read(Path path, BatchBuilder builder) throws IOException, InterruptedException {
    try (JsonlFile file = JsonlFile.open(path)) {
      int lines = 0;
      for (String line = file.nextLine(); line != null; line = file.nextLine()) {
        if (line.isBlank()) {
          continue;
        }
        records++;
        builder.add(file, line);
        if (++lines == batchLines) {
          queue.put(builder.take(position(file)));
          lines = 0;
        }
      }
      queue.put(builder.take(finished(file)));
    }
  }

  /** Collects the lines of one batch, and the lines it rejects. */
  private abstract static class BatchBuilder {
    final List<Rejection> rejections = new ArrayList<>();

    abstract void add(JsonlFile file, String line);

    /** The batch so far, leaving the builder empty. */
    abstract Batch take(Batch.Position position);

    void reject(JsonlFile file, String reason) {
      rejections.add(new Rejection(file.name(), file.lineNumber(), reason));
    }
  }

  private final class Upserts extends BatchBuilder {
    private final DirectoryKind kind;
    private final Map<String, StagedRecord> records = new LinkedHashMap<>();

    Upserts(DirectoryKind kind) {
      this.kind = kind;
    }

    @Override
    void add(JsonlFile file, String line) {
      try {
        StagedRecord record = parser.parse(kind, line, file.lineNumber());
        StagedRecord first = records.putIfAbsent(record.id(), record);
        if (first != null) {
          reject(file, "duplicate id: already on line " + first.line());
        }
      } catch (RejectedLine e) {
        reject(file, e.getMessage());
      }
    }

    @Override
    Batch take(Batch.Position position) {
      Batch batch = new Batch.Upserts(kind, List.copyOf(records.values()), rejections, position);
      records.clear();
      rejections.clear();
      return batch;
    }
  }

  private final class Deletes extends BatchBuilder {
    private final Set<String> ids = new LinkedHashSet<>();

    @Override
    void add(JsonlFile file, String line) {
      try {
        ids.add(parser.deletedId(line));
      } catch (RejectedLine e) {
        reject(file, e.getMessage());
      }
    }

    @Override
    Batch take(Batch.Position position) {
      Batch batch = new Batch.Deletes(List.copyOf(ids), rejections, position);
      ids.clear();
      rejections.clear();
      return batch;
    }
  }

  private Batch.Position position(JsonlFile file) throws IOException {
    return new Batch.Position(file.name(), records, finishedFilesBytes + file.bytesRead());
  }

  private Batch.Position finished(JsonlFile file) throws IOException {
    Batch.Position position = position(file);
    finishedFilesBytes = position.bytesRead();
    return position;
  }

  /** Stops the reader if it is still going (the writer failed) and waits for it to let go of its file. */
  @Override
  public void close() throws InterruptedException {
    thread.interrupt();
    thread.join();
  }
}
