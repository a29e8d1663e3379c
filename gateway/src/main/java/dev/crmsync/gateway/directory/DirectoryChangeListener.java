package dev.crmsync.gateway.directory;

/**
 * Told which directory records an import changed, so that only the CRM records linked to them, or that could
 * now match them, are rematched (and the directory search index is updated in near real time).
 *
 * <p>Called on the importing thread after each batch is committed, so possibly many times per import and never
 * with an empty {@link DirectoryChanges}. It should hand the ids over quickly (queue them); an exception it
 * throws stops the import, leaving the batches committed so far in place.
 */
@FunctionalInterface
public interface DirectoryChangeListener {
  /** Ignores every change: the wiring until something consumes them. */
  DirectoryChangeListener NONE = changes -> { };

  void changed(DirectoryChanges changes);
}
