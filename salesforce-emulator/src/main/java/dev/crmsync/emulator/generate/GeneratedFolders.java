package dev.crmsync.emulator.generate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A generated world on disk: {@code crm/} (a CRM export folder), {@code directory/} (a directory folder) and
 * {@code truth/} (ground truth) under one folder. Files are written on a thread of their own while the next
 * records are generated.
 */
public final class GeneratedFolders {
  private GeneratedFolders() {
  }

  /** Generates {@code spec} into {@code out}, replacing files of the same names. */
  public static GenerationCounts write(GeneratorSpec spec, Path out) throws IOException {
    try (CrmFolderWriter crm = new CrmFolderWriter(out.resolve("crm"));
        DirectoryFolderWriter directory = new DirectoryFolderWriter(out.resolve("directory"));
        TruthFolderWriter truth = new TruthFolderWriter(out.resolve("truth"))) {
      GenerationCounts counts;
      try (WriterThread writer = new WriterThread(crm, directory, truth)) {
        counts = OrgGenerator.generate(spec, writer, writer, writer);
      }
      return counts;
    }
  }
}
