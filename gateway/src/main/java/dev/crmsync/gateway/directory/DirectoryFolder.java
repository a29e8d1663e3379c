package dev.crmsync.gateway.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** A directory folder (data-formats §2): people.jsonl, companies.jsonl and deleted.jsonl, each optional. */
record DirectoryFolder(Path path) {
  static final String DELETED_FILE = "deleted.jsonl";

  DirectoryFolder {
    if (!Files.isDirectory(path)) {
      throw new DirectoryFolderException(path, "not a directory");
    }
    if (Stream.of(DirectoryKind.PERSON.fileName(), DirectoryKind.COMPANY.fileName(), DELETED_FILE)
        .noneMatch(name -> Files.isRegularFile(path.resolve(name)))) {
      throw new DirectoryFolderException(path, "holds none of people.jsonl, companies.jsonl, deleted.jsonl");
    }
  }

  Optional<Path> records(DirectoryKind kind) {
    return existing(kind.fileName());
  }

  Optional<Path> deleted() {
    return existing(DELETED_FILE);
  }

  /** The size of every file to read, against which progress is measured. */
  long totalBytes() {
    return Stream.of(records(DirectoryKind.COMPANY), records(DirectoryKind.PERSON), deleted())
        .flatMap(Optional::stream)
        .mapToLong(DirectoryFolder::size)
        .sum();
  }

  private Optional<Path> existing(String name) {
    Path file = path.resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
