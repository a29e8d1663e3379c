package dev.crmsync.match.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import java.util.Map;

/**
 * Entries from directory JSON (data-formats.md §2). A person's employer domains come from the companies of their
 * current positions, looked up by {@code companyId}.
 */
public final class DirectoryJson {
  private DirectoryJson() {
  }

  /** A company entry from a {@code companies.jsonl} object. */
  public static Entry company(JsonNode company) {
    EntryBuilder builder = new EntryBuilder(company.path("id").asText(), Source.DIRECTORY_COMPANY)
        .company(text(company, "name")).website(text(company, "website"));
    company.path("domains").forEach(domain -> builder.website(domain.asText()));
    company.path("phones").forEach(phone -> builder.phone(phone.asText()));
    location(builder, company.path("location"));
    return builder.build();
  }

  /**
   * A person entry from the public profile and the private contact points ({@code {"emails":[..],"phones":[..]}};
   * a {@code people.jsonl} object holds both); {@code companies} gives company JSON by id.
   */
  public static Entry person(JsonNode profile, JsonNode contactPoints, Map<String, JsonNode> companies) {
    EntryBuilder builder = new EntryBuilder(profile.path("id").asText(), Source.DIRECTORY_PERSON)
        .name(text(profile, "firstName"), text(profile, "lastName"));
    String title = null;
    for (JsonNode position : profile.path("positions")) {
      if (position.path("current").asBoolean(false)) {
        builder.company(text(position, "companyName"));
        title = title == null ? text(position, "title") : title;
        JsonNode company = companies.get(text(position, "companyId"));
        if (company != null) {
          builder.website(text(company, "website"));
          company.path("domains").forEach(domain -> builder.website(domain.asText()));
        }
      } else {
        builder.pastCompany(text(position, "companyName"));
      }
    }
    builder.title(title);
    contactPoints.path("emails").forEach(email -> builder.email(email.asText()));
    contactPoints.path("phones").forEach(phone -> builder.phone(phone.asText()));
    location(builder, profile.path("location"));
    return builder.build();
  }

  private static void location(EntryBuilder builder, JsonNode location) {
    builder.address(null, text(location, "city"), text(location, "state"), text(location, "postalCode"),
        text(location, "country"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
