package dev.crmsync.api;

import java.util.Objects;

/** The public face of a directory profile, as the widget shows it. */
public record Profile(ProfileKind kind, String id, String name, String headline, String company, String location) {
  public Profile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
