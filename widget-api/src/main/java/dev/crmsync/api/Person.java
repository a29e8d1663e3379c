package dev.crmsync.api;

import java.util.Objects;

/** A directory person as search shows it: public profile only, with the CRM record it is linked to if any. */
public record Person(String id, String name, String headline, String title, String company, Location location,
    CrmRef crm) {
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
