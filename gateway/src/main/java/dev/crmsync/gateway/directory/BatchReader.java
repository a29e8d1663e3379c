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
            readRecords(kind, folder.records(kind).get());
          }
        }
        if (folder.deleted().isPresent()) {
          readDeletes(folder.deleted().get());
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

  private void readRecords(DirectoryKind kind, Path path) throws IOException, InterruptedException {
    try (JsonlFile file = JsonlFile.open(path)) {
      Map<String, StagedRecord> batch = new LinkedHashMap<>();
      List<Rejection> rejections = new ArrayList<>();
      int lines = 0;
      for (String line = file.nextLine(); line != null; line = file.nextLine()) {
        if (line.isBlank()) {
          continue;
        }
        records++;
        stage(kind, file, line, batch, rejections);
        if (++lines == batchLines) {
          queue.put(new Batch.Upserts(kind, List.copyOf(batch.values()), rejections, position(file)));
          batch.clear();
          rejections.clear();
          lines = 0;
        }
      }
      queue.put(new Batch.Upserts(kind, List.copyOf(batch.values()), rejections, finished(file)));
    }
  }

  private void stage(DirectoryKind kind, JsonlFile file, String line, Map<String, StagedRecord> batch,
      List<Rejection> rejections) {
    try {
      StagedRecord record = parser.parse(kind, line, file.lineNumber());
      StagedRecord first = batch.putIfAbsent(record.id(), record);
      if (first != null) {
        rejections.add(rejection(file, "duplicate id: already on line " + first.line()));
      }
    } catch (RejectedLine e) {
      rejections.add(rejection(file, e.getMessage()));
    }
  }

  private void readDeletes(Path path) throws IOException, InterruptedException {
    try (JsonlFile file = JsonlFile.open(path)) {
      Set<String> ids = new LinkedHashSet<>();
      List<Rejection> rejections = new ArrayList<>();
      int lines = 0;
      for (String line = file.nextLine(); line != null; line = file.nextLine()) {
        if (line.isBlank()) {
          continue;
        }
        records++;
        try {
          ids.add(parser.deletedId(line));
        } catch (RejectedLine e) {
          rejections.add(rejection(file, e.getMessage()));
        }
        if (++lines == batchLines) {
          queue.put(new Batch.Deletes(List.copyOf(ids), rejections, position(file)));
          ids.clear();
          rejections.clear();
          lines = 0;
        }
      }
      queue.put(new Batch.Deletes(List.copyOf(ids), rejections, finished(file)));
    }
  }

  private static Rejection rejection(JsonlFile file, String reason) {
    return new Rejection(file.name(), file.lineNumber(), reason);
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
