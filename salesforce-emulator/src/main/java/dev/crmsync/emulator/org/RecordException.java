package dev.crmsync.emulator.org;

import java.util.List;

/** A refused record operation: the HTTP status the REST API answers with and the errors it lists. */
public final class RecordException extends RuntimeException {
  private final int status;
  private final transient List<SaveError> errors;

  public RecordException(int status, SaveError error) {
    super(error.code() + ": " + error.message());
    this.status = status;
    this.errors = List.of(error);
  }

  public int status() {
    return status;
  }

  public List<SaveError> errors() {
    return errors;
  }

  public SaveError error() {
    return errors.getFirst();
  }

  static RecordException notFound() {
    return new RecordException(404, SaveError.of("NOT_FOUND", "The requested resource does not exist"));
  }

  static RecordException badRequest(String code, String message, String... fields) {
    return new RecordException(400, SaveError.of(code, message, fields));
  }
}
