package dev.crmsync.gateway.sync;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Per-object counts of a run, as stored in {@code sync_run.object_counts}. Shared by the run's lanes. */
final class ObjectCounts {
  private final Map<String, long[]> counts = new LinkedHashMap<>();

  private long[] of(String sobject) {
    return counts.computeIfAbsent(sobject, name -> new long[4]);
  }

  synchronized void add(String sobject, long inserted, long updated, long deleted, long rejected) {
    long[] c = of(sobject);
    c[0] += inserted;
    c[1] += updated;
    c[2] += deleted;
    c[3] += rejected;
  }

  synchronized JsonObject toJson() {
    JsonObject json = new JsonObject();
    counts.forEach((sobject, c) -> json.put(sobject, new JsonObject()
        .put("inserted", c[0]).put("updated", c[1]).put("deleted", c[2]).put("rejected", c[3])));
    return json;
  }
}
