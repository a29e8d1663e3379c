package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.directory.ImportSummary;
import dev.crmsync.gateway.directory.KindCounts;
import dev.crmsync.gateway.directory.Rejection;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The summary of a directory import as a table, then the rejected lines. */
final class ImportReport {
  private ImportReport() {
  }

  static void print(Path folder, ImportSummary summary, PrintWriter out) {
    out.printf("Directory import of %s done in %.1f s%n", folder, summary.elapsed().toMillis() / 1000.0);
    out.printf("  %-10s %10s %10s %10s %10s%n", "", "inserted", "updated", "unchanged", "deleted");
    row(out, "people", summary.people());
    row(out, "companies", summary.companies());
    out.printf("  rejected lines: %,d%n", summary.rejected());
    for (Rejection rejection : summary.rejections()) {
      out.printf("    %s line %d: %s%n", rejection.file(), rejection.line(), rejection.reason());
    }
    if (summary.rejected() > summary.rejections().size()) {
      out.printf("    ... and %,d more%n", summary.rejected() - summary.rejections().size());
    }
  }

  private static void row(PrintWriter out, String kind, KindCounts counts) {
    out.printf("  %-10s %,10d %,10d %,10d %,10d%n", kind, counts.inserted(), counts.updated(), counts.unchanged(),
        counts.deleted());
  }
}
