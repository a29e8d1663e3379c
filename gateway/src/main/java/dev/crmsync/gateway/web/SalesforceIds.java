package dev.crmsync.gateway.web;

import dev.crmsync.salesforce.id.SalesforceId;

/**
 * Salesforce record ids as the API takes them: 15 or 18 characters, both naming the same record, kept in the
 * database in the 18-character form; and the Lightning URL of a record.
 */
public final class SalesforceIds {
  /** A Lightning record URL: the instance, this, the object type, a slash, the record id, {@link #LIGHTNING_VIEW}. */
  public static final String LIGHTNING_RECORD_PATH = "/lightning/r/";
  public static final String LIGHTNING_VIEW = "/view";

  private SalesforceIds() {
  }

  /** The 18-character form of a valid 15- or 18-character id; anything else is a 400. */
  public static String to18(String id) {
    return SalesforceId.parse(id).map(SalesforceId::value).orElseThrow(() ->
        new ApiException(400, "BAD_ID", "not a 15- or 18-character Salesforce id: '" + id + "'"));
  }

  /** The Lightning URL of a record on an instance, or null when the instance is not known yet. */
  public static String lightningUrl(String instanceUrl, String object, String id) {
    String base = lightningBase(instanceUrl);
    return base == null ? null : base + LIGHTNING_RECORD_PATH + object + "/" + id + LIGHTNING_VIEW;
  }

  /** What a Lightning URL starts with: the instance without a trailing slash; null when it is not known yet. */
  public static String lightningBase(String instanceUrl) {
    if (instanceUrl == null || instanceUrl.isBlank()) {
      return null;
    }
    return instanceUrl.endsWith("/") ? instanceUrl.substring(0, instanceUrl.length() - 1) : instanceUrl;
  }
}
