package dev.crmsync.gateway.contact;

import dev.crmsync.api.ContactInfo;
import dev.crmsync.api.CrmRef;
import dev.crmsync.api.Phone;
import dev.crmsync.gateway.auth.Authenticate;
import dev.crmsync.gateway.web.ApiContract;
import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.gateway.web.SalesforceIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code GET /people/{personId}/contact}. */
public final class ContactOperations {
  /** Address fields of a Lead and of a Contact (its mailing address), street first. */
  private static final List<String> LEAD_ADDRESS = List.of("Street", "City", "State", "PostalCode", "Country");
  private static final List<String> CONTACT_ADDRESS = List.of(
      "MailingStreet", "MailingCity", "MailingState", "MailingPostalCode", "MailingCountry");

  private final Pool pool;

  public ContactOperations(Pool pool) {
    this.pool = pool;
  }

  public void mount(ApiContract api) {
    api.respond("contactInfo", this::contact);
  }

  private Future<ContactInfo> contact(RoutingContext ctx) {
    String personId = ApiContract.path(ctx, "personId");
    return pool.preparedQuery(ContactQueries.LINKED_RECORD_OF_PERSON)
        .execute(Tuple.of(Authenticate.caller(ctx).tenantId(), personId))
        .map(rows -> {
          if (rows.size() == 0) {
            throw new ApiException(404, "NOT_IN_CRM", "person " + personId + " is not linked to a CRM record");
          }
          return contact(personId, rows.iterator().next());
        });
  }

  private static ContactInfo contact(String personId, Row row) {
    JsonObject fields = (JsonObject) row.getValue("fields");
    String object = row.getString("sobject");
    CrmRef crm = new CrmRef(object, row.getString("sf_id"),
        SalesforceIds.lightningUrl(row.getString("instance_url"), object, row.getString("sf_id")));
    List<String> emails = Stream.of(fields.getString("Email")).filter(ContactOperations::present).toList();
    List<Phone> phones = new ArrayList<>();
    if (present(fields.getString("Phone"))) {
      phones.add(new Phone(Phone.Kind.WORK, fields.getString("Phone")));
    }
    if (present(fields.getString("MobilePhone"))) {
      phones.add(new Phone(Phone.Kind.MOBILE, fields.getString("MobilePhone")));
    }
    return new ContactInfo(personId, crm, emails, phones, address(fields, object.equals("Lead") ? LEAD_ADDRESS
        : CONTACT_ADDRESS));
  }

  private static String address(JsonObject fields, List<String> names) {
    String address = names.stream()
        .map(fields::getValue)
        .filter(Objects::nonNull)
        .map(Object::toString)
        .filter(ContactOperations::present)
        .collect(Collectors.joining(", "));
    return address.isEmpty() ? null : address;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
