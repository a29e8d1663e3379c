package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.faults.Faults;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.Records;

/**
 * What the REST routes share.
 *
 * @param org the org
 * @param records reads and writes as users make them
 * @param faults the faults and API usage
 * @param queryBatchSize records per query page unless the client asks for fewer
 */
public record RestContext(Org org, Records records, Faults faults, int queryBatchSize) {
  public RestContext {
    if (queryBatchSize < 1) {
      throw new IllegalArgumentException("queryBatchSize must be positive: " + queryBatchSize);
    }
  }
}
