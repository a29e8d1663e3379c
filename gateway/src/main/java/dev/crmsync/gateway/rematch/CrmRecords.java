package dev.crmsync.gateway.rematch;

import dev.crmsync.api.CrmRecord;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.gateway.web.SalesforceIds;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** CRM records summed up from their Salesforce fields, and which kind of profile each object links to. */
final class CrmRecords {
  private CrmRecords() {
  }

  static CrmRecord summary(Row row) {
    JsonObject fields = (JsonObject) row.getValue("fields");
    String object = row.getString("sobject");
    String id = row.getString("sf_id");
    String url = SalesforceIds.lightningUrl(row.getString("instance_url"), object, id);
    return switch (object) {
      case "Lead", "Contact" -> new CrmRecord(object, id, url, personName(fields), fields.getString("Title"),
          fields.getString("Company", nested(fields, "Account", "Name")), fields.getString("Email"),
          join(fields, object.equals("Lead") ? "City" : "MailingCity", object.equals("Lead") ? "Country"
              : "MailingCountry"));
      case "Account" -> new CrmRecord(object, id, url, fields.getString("Name", "(no name)"),
          fields.getString("Industry"), fields.getString("Website"), null,
          join(fields, "BillingCity", "BillingCountry"));
      default -> new CrmRecord(object, id, url, fields.getString("Name", "(no name)"), fields.getString("StageName"),
          nested(fields, "Account", "Name"), null, null);
    };
  }

  /** The kind of profile a record of this object links to; opportunities link through their account. */
  static ProfileKind kindOf(String object) {
    return switch (object) {
      case "Lead", "Contact" -> ProfileKind.PERSON;
      case "Account" -> ProfileKind.COMPANY;
      default -> throw new ApiException(400, "NOT_LINKABLE",
          object + " records are not linked to profiles; link the account instead");
    };
  }

  private static String personName(JsonObject fields) {
    String name = Stream.of(fields.getString("FirstName"), fields.getString("LastName"))
        .filter(Objects::nonNull).collect(Collectors.joining(" ")).trim();
    return name.isEmpty() ? fields.getString("Name", "(no name)") : name;
  }

  private static String nested(JsonObject fields, String relation, String field) {
    Object value = fields.getValue(relation);
    return value instanceof JsonObject object ? object.getString(field) : fields.getString(relation + "." + field);
  }

  private static String join(JsonObject fields, String... names) {
    String text = Stream.of(names).map(fields::getValue).filter(Objects::nonNull).map(Object::toString)
        .filter(part -> !part.isBlank()).collect(Collectors.joining(", "));
    return text.isEmpty() ? null : text;
  }
}
