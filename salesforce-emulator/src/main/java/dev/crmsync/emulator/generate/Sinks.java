package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.RecordSink;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The three outputs of a generation, counting what passes through them. */
final class Sinks {
  private final Map<CrmObject, Long> crmCounts = new EnumMap<>(CrmObject.class);
  private final Map<Class<?>, Long> otherCounts = new HashMap<>();
  private final RecordSink crm;
  private final DirectorySink directory;
  private final TruthSink truth;

  Sinks(RecordSink crm, DirectorySink directory, TruthSink truth) {
    this.crm = (sobject, fields) -> {
      crmCounts.merge(CrmObject.of(sobject), 1L, Long::sum);
      crm.record(sobject, fields);
    };
    this.directory = entry -> {
      otherCounts.merge(entry.getClass(), 1L, Long::sum);
      directory.accept(entry);
    };
    this.truth = fact -> {
      otherCounts.merge(fact.getClass(), 1L, Long::sum);
      truth.accept(fact);
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
    return new GenerationCounts(byObject, count(DirectoryPerson.class), count(DirectoryCompany.class),
        count(TruthLink.class), count(StaleFact.class), count(Decoy.class));
  }

  private long count(Class<?> type) {
    return otherCounts.getOrDefault(type, 0L);
  }
}
