package dev.crmsync.api;

import java.util.Objects;

/** A directory company as search shows it, with the CRM account it is linked to if any. */
public record Company(String id, String name, String industry, String website, Location location, CrmRef crm) {
  public Company {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
