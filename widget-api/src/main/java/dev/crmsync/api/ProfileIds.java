package dev.crmsync.api;

import java.util.List;

/** Directory ids of people and companies; a missing list is an empty one. */
public record ProfileIds(List<String> people, List<String> companies) {
  public ProfileIds {
    people = people == null ? List.of() : List.copyOf(people);
    companies = companies == null ? List.of() : List.copyOf(companies);
  }

  public int size() {
    return people.size() + companies.size();
  }
}
