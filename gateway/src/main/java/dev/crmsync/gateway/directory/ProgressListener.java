package dev.crmsync.gateway.directory;

/** Told how far an import is, on the importing thread after each batch; it should return quickly. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = progress -> { };

  void progressed(ImportProgress progress);
}
