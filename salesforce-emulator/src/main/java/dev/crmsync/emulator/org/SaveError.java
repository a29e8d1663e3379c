package dev.crmsync.emulator.org;

import java.util.List;
import java.util.Objects;

/**
 * One reason a read or write was refused, as the REST API reports it.
 *
 * @param code the Salesforce error code, e.g. {@code REQUIRED_FIELD_MISSING}
 * @param message the message
 * @param fields the fields concerned, possibly none
 */
public record SaveError(String code, String message, List<String> fields) {
  public SaveError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    fields = List.copyOf(fields);
  }

  public static SaveError of(String code, String message, String... fields) {
    return new SaveError(code, message, List.of(fields));
  }
}
