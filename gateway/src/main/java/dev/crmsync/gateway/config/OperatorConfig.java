package dev.crmsync.gateway.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The operator API (directory imports): the bearer token it requires. Without a token the operator API refuses
 * every request, so that it is never open by accident.
 */
public record OperatorConfig(Optional<String> token) {
  static final int MIN_TOKEN_LENGTH = 16;

  public OperatorConfig {
    Objects.requireNonNull(token, "token");
    token.ifPresent(value -> {
      if (value.length() < MIN_TOKEN_LENGTH) {
        // the message gives the length, never the value: it may be printed
        throw new ConfigException("operator.token",
            "must be at least " + MIN_TOKEN_LENGTH + " characters, got " + value.length());
      }
    });
  }

  @Override
  public String toString() {
    return "OperatorConfig[token=" + (token.isPresent() ? "(set)" : "(none)") + "]";
  }
}
