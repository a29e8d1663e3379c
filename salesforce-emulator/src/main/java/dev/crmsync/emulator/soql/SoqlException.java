package dev.crmsync.emulator.soql;

/**
 * A query the emulator refuses, with the Salesforce error code to report: {@code MALFORMED_QUERY},
 * {@code INVALID_FIELD}, {@code INVALID_TYPE} or {@code FUNCTIONALITY_NOT_ENABLED}.
 */
public final class SoqlException extends RuntimeException {
  private final String code;

  public SoqlException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }

  static SoqlException malformed(String message) {
    return new SoqlException("MALFORMED_QUERY", message);
  }

  static SoqlException invalidField(String message) {
    return new SoqlException("INVALID_FIELD", message);
  }
}
