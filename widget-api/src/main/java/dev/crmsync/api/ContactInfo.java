package dev.crmsync.api;

import java.util.List;
import java.util.Objects;

/** Contact information of a person as held on the CRM record it is linked to (never the directory's own). */
public record ContactInfo(String personId, CrmRef crm, List<String> emails, List<Phone> phones, String address) {
  public ContactInfo {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(crm, "crm");
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
  }
}
