package dev.crmsync.api;

import java.util.Objects;
import java.util.UUID;

/** An authenticated caller: the tenant every query is scoped to, who acts, and how they signed in. */
public record Caller(UUID tenantId, String tenantName, String actor, Via via) {
  public Caller {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(tenantName, "tenantName");
    Objects.requireNonNull(via, "via");
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank, got '" + actor + "'");
    }
  }
}
