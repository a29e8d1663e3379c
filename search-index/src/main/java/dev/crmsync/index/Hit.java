package dev.crmsync.index;

/** One search result: the entry id and Lucene's relevance score. */
public record Hit(String id, float score) {
  public Hit {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("id must not be empty, got '" + id + "'");
    }
  }
}
