package dev.crmsync.emulator.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the generator holds while it goes through one company's people: its current contacts (for opportunity
 * contact roles) and its leads waiting to be written.
 *
 * @param accountId the company's account, or null when it has none
 */
record CompanyPeople(Company company, String accountId, List<String> contactIds, List<PendingLead> leads) {
  CompanyPeople(Company company, String accountId) {
    this(company, accountId, new ArrayList<>(), new ArrayList<>());
  }
}
