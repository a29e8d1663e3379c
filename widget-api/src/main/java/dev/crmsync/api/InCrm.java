package dev.crmsync.api;

import java.util.List;

/** The ids asked that are linked to a CRM record of the tenant. */
public record InCrm(List<String> people, List<String> companies) {
  public InCrm {
    people = List.copyOf(people);
    companies = List.copyOf(companies);
  }
}
