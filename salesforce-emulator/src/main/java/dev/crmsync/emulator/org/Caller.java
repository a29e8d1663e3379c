package dev.crmsync.emulator.org;

import java.util.Objects;

/**
 * The user a request runs as.
 *
 * @param userId the 18-character User id
 * @param viewAll whether the user's profile has View All / Modify All Data (the integration user)
 */
public record Caller(String userId, boolean viewAll) {
  public Caller {
    Objects.requireNonNull(userId, "userId");
  }
}
