package dev.crmsync.gateway.directory;

import java.util.List;

/**
 * What the reader hands the writer: the valid lines of one stretch of a file, the lines it rejected there, and
 * how far reading had got (for progress).
 */
sealed interface Batch {
  List<Rejection> rejections();

  /** The file read, the records read so far over all files, and the bytes read so far over all files. */
  record Position(String file, long records, long bytesRead) {
  }

  Position position();

  /** Records to upsert, at most one per id. */
  record Upserts(DirectoryKind kind, List<StagedRecord> records, List<Rejection> rejections, Position position)
      implements Batch {
    public Upserts {
      records = List.copyOf(records);
      rejections = List.copyOf(rejections);
    }
  }

  /** Ids to delete, people or companies. */
  record Deletes(List<String> ids, List<Rejection> rejections, Position position) implements Batch {
    public Deletes {
      ids = List.copyOf(ids);
      rejections = List.copyOf(rejections);
    }
  }
}
