package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.RecordSink;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The three outputs of a generation, counting what passes through them. */
final class Sinks {
  private final Map<CrmObject, Long> crmCounts = new EnumMap<>(CrmObject.class);
  private final long[] directoryCounts = new long[2];
  private final long[] truthCounts = new long[3];
  private final RecordSink crm;
  private final DirectorySink directory;
  private final TruthSink truth;

  Sinks(RecordSink crm, DirectorySink directory, TruthSink truth) {
    this.crm = (sobject, fields) -> {
      crmCounts.merge(CrmObject.of(sobject), 1L, Long::sum);
      crm.record(sobject, fields);
    };
    this.directory = new DirectorySink() {
      @Override
      public void person(DirectoryPerson person) {
        directoryCounts[0]++;
        directory.person(person);
      }

      @Override
      public void company(DirectoryCompany company) {
        directoryCounts[1]++;
        directory.company(company);
      }
    };
    this.truth = new TruthSink() {
      @Override
      public void link(TruthLink link) {
        truthCounts[0]++;
        truth.link(link);
      }

      @Override
      public void stale(StaleFact fact) {
        truthCounts[1]++;
        truth.stale(fact);
      }

      @Override
      public void decoy(Decoy decoy) {
        truthCounts[2]++;
        truth.decoy(decoy);
      }
    };
  }

  RecordSink crm() {
    return crm;
  }

  DirectorySink directory() {
    return directory;
  }

  TruthSink truth() {
    return truth;
  }

  GenerationCounts counts() {
    Map<String, Long> byObject = new LinkedHashMap<>();
    for (CrmObject object : CrmObject.values()) {
      byObject.put(object.apiName(), crmCounts.getOrDefault(object, 0L));
    }
    return new GenerationCounts(byObject, directoryCounts[0], directoryCounts[1], truthCounts[0], truthCounts[1],
        truthCounts[2]);
  }
}
