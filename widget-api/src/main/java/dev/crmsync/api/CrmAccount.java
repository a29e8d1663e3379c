package dev.crmsync.api;

import java.util.Objects;

/** A CRM account found by name, with the directory company it is linked to if any. */
public record CrmAccount(String id, String name, String website, String location, String url,
    String linkedCompanyId) {
  public CrmAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
