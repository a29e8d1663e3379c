package dev.crmsync.api;

import java.util.List;

/** One page of results; {@code hasMore} says whether the next offset has any. */
public record Page<T>(List<T> items, int limit, int offset, boolean hasMore) {
  public Page {
    items = List.copyOf(items);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be > 0, got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
  }
}
