package dev.crmsync.match.io;

import dev.crmsync.match.eval.Link;
import dev.crmsync.match.eval.Truth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads known links from every CSV of a truth folder that has {@code profile_id} and {@code crm_id} columns;
 * a {@code preferred} column, when present, marks the links a one-to-one matcher should make.
 */
public final class TruthFolder {
  private TruthFolder() {
  }

  public static Truth read(Path folder) {
    Set<Link> all = new HashSet<>();
    Set<Link> expected = new HashSet<>();
    for (Path file : csvFiles(folder)) {
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

  private static List<Path> csvFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
