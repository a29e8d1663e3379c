package dev.crmsync.index.entry;

import java.util.List;
import java.util.Objects;

/**
 * One record ready for indexing and comparison, every value already normalized (see {@link EntryBuilder}).
 * A company record carries its name in {@code companies} and no person name. Strings are "" when unknown.
 *
 * @param companies current employers of a person (the company itself for a company record)
 * @param pastCompanies former employers, known for directory people only
 * @param domains registrable domains of the company: websites and non-free e-mail domains
 */
public record Entry(String id, Source source, String given, String family, String givenPhonetic,
    String familyPhonetic, List<String> emails, List<String> phones, List<String> companies,
    List<String> pastCompanies, List<String> domains, String title, Address address) {

  public Entry {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, got '" + id + "'");
    }
    Objects.requireNonNull(source, "source");
    given = Objects.requireNonNullElse(given, "");
    family = Objects.requireNonNullElse(family, "");
    givenPhonetic = Objects.requireNonNullElse(givenPhonetic, "");
    familyPhonetic = Objects.requireNonNullElse(familyPhonetic, "");
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    companies = List.copyOf(companies);
    pastCompanies = List.copyOf(pastCompanies);
    domains = List.copyOf(domains);
    title = Objects.requireNonNullElse(title, "");
    address = Objects.requireNonNullElse(address, Address.NONE);
  }

  public boolean isPerson() {
    return source.isPerson();
  }
}
