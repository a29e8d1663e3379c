package dev.crmsync.gateway.directory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of an import. {@code rejections} lists the first {@link #LISTED_REJECTIONS} rejected lines;
 * {@code rejected} counts them all.
 */
public record ImportSummary(
    KindCounts people, KindCounts companies, long rejected, List<Rejection> rejections, Duration elapsed) {
  public static final int LISTED_REJECTIONS = 1000;

  public ImportSummary {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(companies, "companies");
    Objects.requireNonNull(elapsed, "elapsed");
    rejections = List.copyOf(Objects.requireNonNull(rejections, "rejections"));
    if (rejected < rejections.size()) {
      throw new IllegalArgumentException("rejected must count at least the " + rejections.size()
          + " listed rejections, got " + rejected);
    }
  }

  /** Rows written to the directory tables. */
  public long written() {
    return people.written() + companies.written();
  }
}
