package dev.crmsync.gateway.directory;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Progress and summaries as the operator API shows them (and the journal stores them): counts, never values. */
final class ImportJson {
  private ImportJson() {
  }

  static JsonObject progress(ImportProgress progress) {
    return new JsonObject()
        .put("file", progress.file())
        .put("records", progress.records())
        .put("bytesRead", progress.bytesRead())
        .put("totalBytes", progress.totalBytes())
        .put("percent", progress.percent())
        .put("recordsPerSecond", progress.recordsPerSecond())
        .put("secondsLeft", progress.timeLeft().map(left -> left.toSeconds()).orElse(null));
  }

  static JsonObject summary(ImportSummary summary) {
    JsonArray rejections = new JsonArray();
    summary.rejections().forEach(rejection -> rejections.add(new JsonObject()
        .put("file", rejection.file())
        .put("line", rejection.line())
        .put("reason", rejection.reason())));
    return new JsonObject()
        .put("people", counts(summary.people()))
        .put("companies", counts(summary.companies()))
        .put("rejected", summary.rejected())
        .put("rejections", rejections)
        .put("seconds", summary.elapsed().toMillis() / 1000.0);
  }

  private static JsonObject counts(KindCounts counts) {
    return new JsonObject()
        .put("inserted", counts.inserted())
        .put("updated", counts.updated())
        .put("unchanged", counts.unchanged())
        .put("deleted", counts.deleted());
  }
}
