package dev.crmsync.match.io;

import dev.crmsync.match.eval.Link;
import dev.crmsync.match.eval.Truth;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads known links from the {@code people.csv} and {@code companies.csv} of a truth folder (as the generator
 * writes them: {@code profile_id}, {@code crm_id}, and {@code preferred} marking the links a one-to-one matcher
 * should make).
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
    return new Truth(all, expected);
  }
}
