package dev.crmsync.api;

import java.util.Objects;

/** One field's part in a match: how well it agreed ({@code level}) and how much it weighed. */
public record Evidence(String field, String level, Double weight) {
  public Evidence {
    Objects.requireNonNull(field, "field");
  }
}
