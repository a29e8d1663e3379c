package dev.crmsync.api;

import java.util.Objects;

/** A CRM record: its object type, 18-character id and Lightning URL (null when the instance is unknown). */
public record CrmRef(String object, String id, String url) {
  public CrmRef {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(id, "id");
  }
}
