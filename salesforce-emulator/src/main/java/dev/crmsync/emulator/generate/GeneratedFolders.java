package dev.crmsync.emulator.generate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A generated world on disk: {@code crm/} (a CRM export folder), {@code directory/} (a directory folder) and
 * {@code truth/} (ground truth) under one folder.
 */
public final class GeneratedFolders {
  private GeneratedFolders() {
  }

  /** Generates {@code spec} into {@code out}, replacing files of the same names. */
  public static GenerationCounts write(GeneratorSpec spec, Path out) throws IOException {
    try (CrmFolderWriter crm = new CrmFolderWriter(out.resolve("crm"));
        DirectoryFolderWriter directory = new DirectoryFolderWriter(out.resolve("directory"));
        TruthFolderWriter truth = new TruthFolderWriter(out.resolve("truth"))) {
      return OrgGenerator.generate(spec, crm, directory, truth);
    }
  }
}
