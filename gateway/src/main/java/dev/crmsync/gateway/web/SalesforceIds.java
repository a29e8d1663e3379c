package dev.crmsync.gateway.web;

import dev.crmsync.salesforce.id.SalesforceId;

/**
 * Salesforce record ids as the API takes them: 15 or 18 characters, both naming the same record, kept in the
 * database in the 18-character form; and the Lightning URL of a record.
 */
public final class SalesforceIds {
  private SalesforceIds() {
  }

  /** The 18-character form of a valid 15- or 18-character id; anything else is a 400. */
  public static String to18(String id) {
    return SalesforceId.parse(id).map(SalesforceId::value).orElseThrow(() ->
        new ApiException(400, "BAD_ID", "not a 15- or 18-character Salesforce id: '" + id + "'"));
  }

  /** The Lightning URL of a record on an instance, or null when the instance is not known yet. */
  public static String lightningUrl(String instanceUrl, String object, String id) {
    if (instanceUrl == null || instanceUrl.isBlank()) {
      return null;
    }
    String base = instanceUrl.endsWith("/") ? instanceUrl.substring(0, instanceUrl.length() - 1) : instanceUrl;
    return base + "/lightning/r/" + object + "/" + id + "/view";
  }
}
