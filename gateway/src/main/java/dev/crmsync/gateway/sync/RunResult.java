package dev.crmsync.gateway.sync;

import java.util.Optional;

/** How a run ended: its id (none when another run held the tenant), status and error. */
public record RunResult(Optional<Long> runId, String status, Optional<String> error) {
  static final String BUSY = "BUSY";

  static RunResult busy() {
    return new RunResult(Optional.empty(), BUSY, Optional.of("another sync of this tenant is running"));
  }
}
