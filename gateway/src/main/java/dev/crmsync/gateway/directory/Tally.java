package dev.crmsync.gateway.directory;

/** The running counts of one kind during an import. */
final class Tally {
  private long inserted;
  private long updated;
  private long unchanged;
  private long deleted;

  void written(DirectoryStore.Written written, int batchSize) {
    inserted += written.inserted().size();
    updated += written.updated().size();
    unchanged += batchSize - written.inserted().size() - written.updated().size() - written.duplicates().size();
  }

  void deleted(int count) {
    deleted += count;
  }

  KindCounts counts() {
    return new KindCounts(inserted, updated, unchanged, deleted);
  }
}
