package dev.crmsync.api;

import java.util.Objects;

/** A CRM record summed up for people: who or what it names, and where. */
public record CrmRecord(String object, String id, String url, String name, String title, String company,
    String email, String location) {
  public CrmRecord {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
