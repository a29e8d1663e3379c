package dev.crmsync.gateway.badges;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * What in a CRM record looks out of date, in words: the matcher stores reasons as strings, or as objects naming
 * the field and both values ({@code {"field": "Title", "crm": "Buyer", "directory": "Head of Purchasing"}}).
 */
public final class StaleReasons {
  private StaleReasons() {
  }

  public static List<String> describe(Object staleReasons) {
    if (!(staleReasons instanceof JsonArray array)) {
      return List.of();
    }
    List<String> reasons = new ArrayList<>(array.size());
    for (Object reason : array) {
      if (reason instanceof JsonObject object) {
        reasons.add(describe(object));
      } else if (reason != null) {
        reasons.add(reason.toString());
      }
    }
    return reasons;
  }

  private static String describe(JsonObject reason) {
    String message = reason.getString("message", reason.getString("reason"));
    if (message != null) {
      return message;
    }
    String field = reason.getString("field", "A field");
    Object crm = reason.getValue("crm");
    Object directory = reason.getValue("directory");
    if (directory == null) {
      return field + " looks out of date";
    }
    return crm == null
        ? field + " is empty in the CRM; the profile says " + directory
        : field + " is " + crm + " in the CRM; the profile says " + directory;
  }
}
