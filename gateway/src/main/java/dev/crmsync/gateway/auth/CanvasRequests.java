package dev.crmsync.gateway.auth;

import dev.crmsync.api.Caller;
import dev.crmsync.api.Via;
import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.gateway.web.SalesforceIds;
import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Salesforce Canvas signed requests: {@code base64(HMAC-SHA256(consumerSecret, encodedEnvelope)) "."
 * encodedEnvelope}, where the envelope is the JSON context Salesforce posts to the canvas URL. The org in the
 * envelope names the tenant, whose connected app's consumer secret must have made the signature.
 */
public final class CanvasRequests {
  private static final String ALGORITHM = "HMACSHA256";

  private final Pool pool;

  public CanvasRequests(Pool pool) {
    this.pool = pool;
  }

  /** What a verified signed request says: who calls, and the record the widget was opened on, if any. */
  public record Verified(Caller caller, Optional<String> recordId) {
  }

  /** Verifies the signature against the tenant's consumer secret; 401 when anything does not hold. */
  public Future<Verified> verify(String signedRequest) {
    String[] parts = signedRequest == null ? new String[0] : signedRequest.trim().split("\\.", 2);
    if (parts.length != 2) {
      return Future.failedFuture(SessionTokens.unauthorized("the signed request is not signature.envelope"));
    }
    JsonObject envelope;
    String orgId;
    try {
      envelope = new JsonObject(new String(decode(parts[1]), StandardCharsets.UTF_8));
      orgId = SalesforceIds.to18(envelope.getJsonObject("context").getJsonObject("organization")
          .getString("organizationId"));
    } catch (DecodeException | IllegalArgumentException | ClassCastException | NullPointerException
             | ApiException e) {
      return Future.failedFuture(SessionTokens.unauthorized("the signed request envelope is unreadable"));
    }
    if (!ALGORITHM.equalsIgnoreCase(envelope.getString("algorithm", ""))) {
      return Future.failedFuture(SessionTokens.unauthorized("the signed request is not " + ALGORITHM));
    }
    return pool.preparedQuery(AuthQueries.TENANT_BY_ORG).execute(Tuple.of(orgId)).map(rows -> {
      Row tenant = rows.size() == 0 ? null : rows.iterator().next();
      if (tenant == null || tenant.getString("consumer_secret") == null) {
        throw SessionTokens.unauthorized("the signed request comes from an org with no widget app here");
      }
      if (!MessageDigest.isEqual(hmac(tenant.getString("consumer_secret"), parts[1]), decodeQuietly(parts[0]))) {
        throw SessionTokens.unauthorized("the signed request's signature does not match");
      }
      return new Verified(caller(tenant, envelope), recordId(envelope));
    });
  }

  /** Signs an envelope as Salesforce does; the demo and tests play Salesforce with it. */
  public static String sign(String consumerSecret, JsonObject envelope) {
    String encoded = Base64.getEncoder().encodeToString(envelope.encode().getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(hmac(consumerSecret, encoded)) + "." + encoded;
  }

  /** A minimal envelope of a user of an org, opened on a record. */
  public static JsonObject envelope(String orgId, String userId, String userName, String recordId) {
    return new JsonObject()
        .put("algorithm", ALGORITHM)
        .put("issuedAt", null)
        .put("userId", userId)
        .put("context", new JsonObject()
            .put("user", new JsonObject().put("userId", userId).put("userName", userName))
            .put("organization", new JsonObject().put("organizationId", orgId))
            .put("environment", new JsonObject().put("parameters", new JsonObject().put("recordId", recordId))));
  }

  private static Caller caller(Row tenant, JsonObject envelope) {
    JsonObject user = envelope.getJsonObject("context").getJsonObject("user", new JsonObject());
    String actor = user.getString("userName", envelope.getString("userId", "salesforce-user"));
    return new Caller(tenant.getUUID("id"), tenant.getString("name"), actor, Via.WIDGET);
  }

  private static Optional<String> recordId(JsonObject envelope) {
    JsonObject environment = envelope.getJsonObject("context").getJsonObject("environment", new JsonObject());
    JsonObject parameters = environment.getJsonObject("parameters", new JsonObject());
    JsonObject record = environment.getJsonObject("record", new JsonObject());
    return Optional.ofNullable(parameters.getString("recordId", record.getString("Id")));
  }

  private static byte[] hmac(String secret, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  /** Salesforce uses the standard alphabet; the URL-safe one is accepted too. Padding is optional. */
  private static byte[] decode(String part) {
    return Base64.getDecoder().decode(part.replace('-', '+').replace('_', '/').replaceAll("=+$", "")
        + "=".repeat((4 - part.replaceAll("=+$", "").length() % 4) % 4));
  }

  private static byte[] decodeQuietly(String part) {
    try {
      return decode(part);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }
}
