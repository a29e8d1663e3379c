package dev.crmsync.index.entry;

import dev.crmsync.index.normalize.Companies;
import dev.crmsync.index.normalize.Domains;
import dev.crmsync.index.normalize.Emails;
import dev.crmsync.index.normalize.Geography;
import dev.crmsync.index.normalize.PersonNames;
import dev.crmsync.index.normalize.Phones;
import dev.crmsync.index.normalize.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Collects the raw values of one record, as any source spells them, and normalizes them into an {@link Entry}. */
public final class EntryBuilder {
  private final String id;
  private final Source source;
  private String given;
  private String family;
  private String title;
  private String street;
  private String city;
  private String state;
  private String postalCode;
  private String country;
  private final List<String> emails = new ArrayList<>();
  private final List<String> phones = new ArrayList<>();
  private final List<String> companies = new ArrayList<>();
  private final List<String> pastCompanies = new ArrayList<>();
  private final List<String> websites = new ArrayList<>();

  public EntryBuilder(String id, Source source) {
    this.id = id;
    this.source = source;
  }

  public EntryBuilder name(String givenName, String familyName) {
    this.given = givenName;
    this.family = familyName;
    return this;
  }

  public EntryBuilder title(String value) {
    this.title = value;
    return this;
  }

  public EntryBuilder email(String value) {
    emails.add(value);
    return this;
  }

  public EntryBuilder phone(String value) {
    phones.add(value);
    return this;
  }

  /** A current employer of a person, or the name of a company record. */
  public EntryBuilder company(String value) {
    companies.add(value);
    return this;
  }

  public EntryBuilder pastCompany(String value) {
    pastCompanies.add(value);
    return this;
  }

  /** A website or domain of the company (of the record, or of the person's current employer). */
  public EntryBuilder website(String value) {
    websites.add(value);
    return this;
  }

  public EntryBuilder address(String streetLine, String cityName, String stateName, String postal, String countryName) {
    this.street = streetLine;
    this.city = cityName;
    this.state = stateName;
    this.postalCode = postal;
    this.country = countryName;
    return this;
  }

  public Entry build() {
    String countryCode = Geography.country(country).orElse("");
    String region = countryCode.isEmpty() ? null : countryCode;
    String givenName = PersonNames.normalize(given);
    String familyName = PersonNames.normalize(family);
    List<String> emailKeys = distinct(Text.present(emails).stream().flatMap(e -> Emails.normalize(e).stream()));
    Set<String> domains = new LinkedHashSet<>();
    Text.present(websites).forEach(w -> Domains.registrable(w).filter(d -> !Domains.isFreeMail(d))
        .ifPresent(domains::add));
    emailKeys.forEach(e -> Domains.employerDomainOfEmail(e).ifPresent(domains::add));
    Address address = new Address(Text.fold(street), Geography.city(city),
        Geography.state(state, region).orElse(""), Geography.postalCode(postalCode, region).orElse(""),
        countryCode);
    return new Entry(id, source, givenName, familyName,
        PersonNames.phonetic(PersonNames.first(givenName)), PersonNames.phonetic(familyName), emailKeys,
        distinct(Text.present(phones).stream().flatMap(p -> Phones.key(p, region).stream())),
        companyKeys(companies), companyKeys(pastCompanies), List.copyOf(domains), Text.fold(title), address);
  }

  private static List<String> companyKeys(List<String> names) {
    return distinct(Text.present(names).stream().map(Companies::normalize).filter(n -> !n.isEmpty()));
  }

  private static List<String> distinct(Stream<String> values) {
    return values.distinct().toList();
  }
}
