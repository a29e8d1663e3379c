package dev.crmsync.emulator.oauth;

/** A refused OAuth request: HTTP 400 {@code {"error":..,"error_description":..}}, as the token endpoint answers. */
final class OAuthError extends RuntimeException {
  private final String error;

  OAuthError(String error, String description) {
    super(description);
    this.error = error;
  }

  String error() {
    return error;
  }

  static OAuthError invalidGrant(String description) {
    return new OAuthError("invalid_grant", description);
  }
}
