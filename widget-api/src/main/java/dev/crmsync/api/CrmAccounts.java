package dev.crmsync.api;

import java.util.List;

/** CRM accounts, best match first. */
public record CrmAccounts(List<CrmAccount> items) {
  public CrmAccounts {
    items = List.copyOf(items);
  }
}
