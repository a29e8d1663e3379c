package dev.crmsync.salesforce.oauth;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * A successful token response. Salesforce sends no {@code expires_in}: an access token is used until a 401 says
 * it expired. The refresh token comes only with the {@code refresh_token} scope, and again only when rotation is
 * on. {@link #toString()} never shows a token.
 */
public record TokenGrant(
    String accessToken, Optional<String> refreshToken, String instanceUrl, String orgId, String userId,
    Instant issuedAt) {

  public TokenGrant {
    if (accessToken == null || accessToken.isEmpty()) {
      throw new IllegalArgumentException("accessToken must not be empty");
    }
    if (instanceUrl == null || !instanceUrl.matches("https?://.+")) {
      throw new IllegalArgumentException("instanceUrl must be an http(s) URL, got '" + instanceUrl + "'");
    }
    if (orgId == null || userId == null) {
      throw new IllegalArgumentException("orgId and userId must be known, got " + orgId + " and " + userId);
    }
    instanceUrl = instanceUrl.endsWith("/") ? instanceUrl.substring(0, instanceUrl.length() - 1) : instanceUrl;
  }

  /** Reads the token endpoint's JSON; the identity URL {@code .../id/{orgId}/{userId}} names org and user. */
  static TokenGrant fromJson(JsonObject json) {
    String identity = json.getString("id", "");
    String[] parts = identity.split("/");
    if (parts.length < 2) {
      throw new OAuthException(200, "invalid_response", "the token response has no identity URL");
    }
    String issuedAt = json.getString("issued_at");
    return new TokenGrant(
        json.getString("access_token"),
        Optional.ofNullable(json.getString("refresh_token")),
        json.getString("instance_url"),
        parts[parts.length - 2],
        parts[parts.length - 1],
        issuedAt == null ? Instant.now() : Instant.ofEpochMilli(Long.parseLong(issuedAt)));
  }

  @Override
  public String toString() {
    return "TokenGrant[instanceUrl=" + instanceUrl + ", orgId=" + orgId + ", userId=" + userId + "]";
  }
}
