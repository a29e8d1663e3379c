package dev.crmsync.salesforce.oauth;

/**
 * The token or revoke endpoint refused: {@code error} and {@code error_description} as Salesforce sent them.
 * {@link #reconnectNeeded()} is true when the grant is gone and a person must authorize again.
 */
public final class OAuthException extends RuntimeException {
  private final int status;
  private final String error;

  public OAuthException(int status, String error, String description) {
    super(error + ": " + description, null, false, false);
    this.status = status;
    this.error = error;
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public boolean reconnectNeeded() {
    return "invalid_grant".equals(error);
  }
}
