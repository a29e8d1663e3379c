package dev.crmsync.emulator.oauth;

import java.util.Optional;

/** Reads the access token of an {@code Authorization: Bearer ...} (or {@code OAuth ...}) header. */
public final class Bearer {
  private Bearer() {
  }

  public static Optional<String> token(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    for (String scheme : new String[] {"Bearer ", "OAuth "}) {
      if (authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return Optional.of(authorization.substring(scheme.length()).trim()).filter(t -> !t.isEmpty());
      }
    }
    return Optional.empty();
  }
}
