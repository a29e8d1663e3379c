package dev.crmsync.api;

import java.util.List;
import java.util.Objects;

/** The manual decisions on one record, newest first. */
public record History(String recordId, List<Decision> decisions) {
  public History {
    Objects.requireNonNull(recordId, "recordId");
    decisions = List.copyOf(decisions);
  }
}
