package dev.crmsync.gateway.auth;

import java.util.Objects;

/** Who signed in with Salesforce: the org and user ids (18 characters), the username and the org's instance. */
public record SalesforceIdentity(String orgId, String userId, String username, String instanceUrl) {
  public SalesforceIdentity {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(instanceUrl, "instanceUrl");
  }
}
