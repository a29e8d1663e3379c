package dev.crmsync.gateway.directory;

/** What an import did to one kind of record (people or companies). */
public record KindCounts(long inserted, long updated, long unchanged, long deleted) {
  public KindCounts {
    if (inserted < 0 || updated < 0 || unchanged < 0 || deleted < 0) {
      throw new IllegalArgumentException("counts must be >= 0, got inserted=" + inserted + " updated=" + updated
          + " unchanged=" + unchanged + " deleted=" + deleted);
    }
  }

  /** Rows written: an unchanged record costs no write. */
  public long written() {
    return inserted + updated + deleted;
  }
}
