package dev.crmsync.gateway.web;

/**
 * Salesforce record ids come as 15 case-sensitive characters or as 18 with a case-encoding suffix; both name the
 * same record, and the database keeps the 18-character form.
 */
public final class SalesforceIds {
  private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

  private SalesforceIds() {
  }

  /** The 18-character form of a valid 15- or 18-character id; anything else is a 400. */
  public static String to18(String id) {
    if (id == null || !id.matches("[A-Za-z0-9]{15}([A-Za-z0-9]{3})?")) {
      throw new ApiException(400, "BAD_ID", "not a 15- or 18-character Salesforce id: '" + id + "'");
    }
    if (id.length() == 18) {
      return id;
    }
    StringBuilder full = new StringBuilder(id);
    for (int chunk = 0; chunk < 3; chunk++) {
      int bits = 0;
      for (int i = 0; i < 5; i++) {
        char c = id.charAt(chunk * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          bits |= 1 << i;
        }
      }
      full.append(SUFFIX_ALPHABET.charAt(bits));
    }
    return full.toString();
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
