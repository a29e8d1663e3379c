package dev.crmsync.api;

import java.util.Objects;

/**
 * The one error shape every endpoint answers with: the HTTP status, a stable machine-readable code and a
 * message for people.
 */
public record ErrorBody(int status, String code, String message) {
  public ErrorBody {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP error status, got " + status);
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
