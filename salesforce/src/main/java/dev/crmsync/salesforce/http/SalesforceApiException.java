package dev.crmsync.salesforce.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Salesforce answered with an error: the HTTP status and the {@code errorCode} and {@code message} of its error
 * array ({@code [{"message":..,"errorCode":..}]}, salesforce-api.md §2.2).
 */
public final class SalesforceApiException extends RuntimeException {
  public static final String REQUEST_LIMIT_EXCEEDED = "REQUEST_LIMIT_EXCEEDED";
  public static final String INVALID_SESSION_ID = "INVALID_SESSION_ID";

  private final int status;
  private final String errorCode;

  public SalesforceApiException(int status, String errorCode, String message) {
    super(status + " " + errorCode + ": " + message, null, false, false);
    this.status = status;
    this.errorCode = errorCode;
  }

  /** Reads an error response; a body that is not Salesforce's error array still yields the status. */
  static SalesforceApiException fromResponse(int status, Buffer body) {
    try {
      Object parsed = body == null || body.length() == 0 ? null : Json.decodeValue(body);
      JsonObject first = parsed instanceof JsonArray array && !array.isEmpty() && array.getValue(0) instanceof JsonObject o
          ? o : parsed instanceof JsonObject o ? o : null;
      if (first != null) {
        String code = first.getString("errorCode", first.getString("error", "HTTP_" + status));
        String message = first.getString("message", first.getString("error_description", ""));
        return new SalesforceApiException(status, code, message);
      }
    } catch (DecodeException | ClassCastException e) {
      // not JSON: fall through to the status alone
    }
    return new SalesforceApiException(status, "HTTP_" + status, "Salesforce answered " + status);
  }

  public int status() {
    return status;
  }

  public String errorCode() {
    return errorCode;
  }

  /** The org's daily or concurrent request limit is reached: stop, do not retry. */
  public boolean requestLimitExceeded() {
    return status == 403 && REQUEST_LIMIT_EXCEEDED.equals(errorCode);
  }

  /** The access token was refused even after a renewal: the grant needs a person to reconnect. */
  public boolean sessionInvalid() {
    return status == 401;
  }
}
