package dev.crmsync.emulator.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation produced.
 *
 * @param crmRecords records per object API name, in {@link CrmObject} order
 */
public record GenerationCounts(Map<String, Long> crmRecords, long directoryPeople, long directoryCompanies,
    long truthLinks, long staleFacts, long decoys) {
  public GenerationCounts {
    crmRecords = Collections.unmodifiableMap(new LinkedHashMap<>(crmRecords));
  }

  /** CRM records of all objects. */
  public long crmTotal() {
    return crmRecords.values().stream().mapToLong(Long::longValue).sum();
  }
}
