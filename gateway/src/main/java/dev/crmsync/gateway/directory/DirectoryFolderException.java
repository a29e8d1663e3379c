package dev.crmsync.gateway.directory;

import java.nio.file.Path;

/** The folder given to an import is not a directory folder: missing, not a directory, or without any file. */
public final class DirectoryFolderException extends RuntimeException {
  DirectoryFolderException(Path folder, String problem) {
    super(folder + ": " + problem, null, false, false);
  }
}
