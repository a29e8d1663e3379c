package dev.crmsync.api;

import java.util.Objects;

/** A phone number from the CRM and which field it came from. */
public record Phone(Kind kind, String number) {
  /** The CRM field: Phone or MobilePhone. */
  public enum Kind {
    WORK,
    MOBILE
  }

  public Phone {
    Objects.requireNonNull(kind, "kind");
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("number must not be blank, got '" + number + "'");
    }
  }
}
