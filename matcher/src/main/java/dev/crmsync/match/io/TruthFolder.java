package dev.crmsync.match.io;

import dev.crmsync.match.eval.Link;
import dev.crmsync.match.eval.StaleFact;
import dev.crmsync.match.eval.Truth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads known links from the {@code people.csv} and {@code companies.csv} of a truth folder (as the generator
 * writes them: {@code profile_id}, {@code crm_id}, and {@code preferred} marking the links a one-to-one matcher
 * should make), and the out-of-date fields of {@code stale.csv} when there is one ({@code crm_id},
 * {@code profile_id}, {@code field}: {@code employer}, {@code title} or {@code location}).
 */
public final class TruthFolder {
  private TruthFolder() {
  }

  public static Truth read(Path folder) {
    Set<Link> all = new HashSet<>();
    Set<Link> expected = new HashSet<>();
    for (Path file : List.of(folder.resolve("people.csv"), folder.resolve("companies.csv"))) {
      CrmFolder.rows(file, row -> {
        String profile = row.get("profile_id");
        String crm = row.get("crm_id");
        if (profile == null || crm == null) {
          return;
        }
        Link link = new Link(SalesforceIds.to18(crm), profile);
        all.add(link);
        if (!"false".equalsIgnoreCase(row.getOrDefault("preferred", "true"))) {
          expected.add(link);
        }
      });
    }
    return new Truth(all, expected, stale(folder.resolve("stale.csv")));
  }

  private static Set<StaleFact> stale(Path file) {
    Set<StaleFact> facts = new HashSet<>();
    if (Files.exists(file)) {
      CrmFolder.rows(file, row -> {
        String crm = row.get("crm_id");
        String profile = row.get("profile_id");
        String field = row.get("field");
        if (crm != null && profile != null && field != null) {
          // the generator says employer where the matcher's reasons say company
          facts.add(new StaleFact(SalesforceIds.to18(crm), profile, "employer".equals(field) ? "company" : field));
        }
      });
    }
    return facts;
  }
}
