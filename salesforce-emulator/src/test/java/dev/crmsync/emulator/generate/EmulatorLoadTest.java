package dev.crmsync.emulator.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.emulator.org.ExportFolder;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.OrgSettings;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator's org takes generated records as they are, from the generator or from its folder. */
class EmulatorLoadTest {
  private static final GeneratorSpec SPEC = GeneratorSpec.forTotal(9, 1_500, null);

  @TempDir
  Path dir;

  @Test
  void theEmulatorStoresEveryGeneratedRecordUnderItsId() {
    Org org = new Org(OrgSettings.defaults());
    CapturedWorld world = new CapturedWorld();
    GenerationCounts counts = OrgGenerator.generate(SPEC, (sobject, fields) -> {
      org.sink().record(sobject, new java.util.HashMap<>(fields));
      world.record(sobject, fields);
    }, DirectorySink.NONE, TruthSink.NONE);
    assertSameCounts(org, counts);
    for (CapturedWorld.Row row : world.rows) {
      assertThat(org.find(row.get("Id"))).as(row.sobject() + " " + row.get("Id")).isNotNull();
    }
  }

  @Test
  void theEmulatorLoadsAGeneratedCrmFolder() throws IOException {
    GenerationCounts counts = GeneratedFolders.write(SPEC, dir);
    Org org = new Org(OrgSettings.defaults());
    assertThat(ExportFolder.load(dir.resolve("crm"), org)).isEqualTo(counts.crmTotal());
    assertSameCounts(org, counts);
  }

  private static void assertSameCounts(Org org, GenerationCounts counts) {
    counts.crmRecords().forEach((object, count) ->
        assertThat(org.table(object).orElseThrow().size()).as(object).isEqualTo(count.intValue()));
  }
}
