package dev.crmsync.api;

import java.util.Objects;

/** The CRM account a directory company is to be linked to. */
public record AccountTarget(String recordId) {
  public AccountTarget {
    Objects.requireNonNull(recordId, "recordId");
  }
}
