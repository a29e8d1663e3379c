package dev.crmsync.emulator.generate;

import java.util.List;

/**
 * A person of the generated world, as they really are; the directory and the CRM each hold a view of them.
 *
 * @param mobile national significant number, in the country of {@code city}
 * @param directLine national significant number of their desk at {@code employer}
 */
record Person(String firstName, String lastName, Company employer, String function, String title,
    List<PastJob> pastJobs, City city, String street, String postalCode, String personalEmail, String mobile,
    String directLine) {

  /** A job the person held before: at world company {@code companyIndex}, an earlier index. */
  record PastJob(int companyIndex, String title) {
  }
}
