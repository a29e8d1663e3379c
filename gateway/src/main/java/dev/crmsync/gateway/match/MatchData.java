package dev.crmsync.gateway.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.match.ManualOverride;
import dev.crmsync.match.io.CrmFields;
import dev.crmsync.match.io.DirectoryJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what matching needs from PostgreSQL: a tenant's CRM entries, directory entries, overrides, links. */
final class MatchData {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
  };

  private MatchData() {
  }

  /** The people and companies of the directory, as entries. */
  record Directory(List<Entry> people, List<Entry> companies) {
  }

  static List<Entry> crmEntries(Connection connection, UUID tenant) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    Map<String, Map<String, String>> accounts = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(MatchQueries.CRM_RECORDS)) {
      statement.setObject(1, tenant);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          String[] row = {result.getString(1).trim(), result.getString(2), result.getString(3)};
          rows.add(row);
          if ("Account".equals(row[1])) {
            accounts.put(row[0], fields(row[2]));
          }
        }
      }
    }
    List<Entry> entries = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      Map<String, String> fields = new HashMap<>(fields(row[2]));
      fields.put("Id", row[0]);
      Entry entry = CrmFields.entry(row[1], fields, accounts);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  static Directory directory(Connection connection) throws SQLException {
    Map<String, JsonNode> companies = new HashMap<>();
    List<Entry> companyEntries = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(MatchQueries.COMPANIES);
         ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        JsonNode profile = withId(json(result.getString(2)), result.getString(1));
        companies.put(result.getString(1), profile);
        companyEntries.add(DirectoryJson.company(profile));
      }
    }
    List<Entry> people = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(MatchQueries.PEOPLE);
         ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        JsonNode profile = withId(json(result.getString(2)), result.getString(1));
        people.add(DirectoryJson.person(profile, json(result.getString(3)), companies));
      }
    }
    return new Directory(people, companyEntries);
  }

  static List<ManualOverride> overrides(Connection connection, UUID tenant) throws SQLException {
    List<ManualOverride> overrides = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(MatchQueries.OVERRIDES)) {
      statement.setObject(1, tenant);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          overrides.add(new ManualOverride(result.getString(1).trim(),
              ManualOverride.Action.valueOf(result.getString(2)), result.getString(3)));
        }
      }
    }
    return overrides;
  }

  /** The profile each CRM record of the tenant is linked to (MATCH decisions), by record id. */
  static Map<String, String> links(Connection connection, UUID tenant) throws SQLException {
    Map<String, String> links = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(MatchQueries.LINKS)) {
      statement.setObject(1, tenant);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          links.put(result.getString(1).trim(), result.getString(2));
        }
      }
    }
    return links;
  }

  private static Map<String, String> fields(String json) {
    try {
      Map<String, String> fields = new HashMap<>();
      JSON.readValue(json, FIELDS).forEach((name, value) -> {
        if (value != null && !(value instanceof Map) && !(value instanceof List)) {
          fields.put(name, value.toString());
        }
      });
      return fields;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("crm_record.fields is not a JSON object: " + e.getOriginalMessage(), e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored directory JSON is invalid: " + e.getOriginalMessage(), e);
    }
  }

  private static JsonNode withId(JsonNode profile, String id) {
    return profile.isObject() ? ((ObjectNode) profile).put("id", id) : profile;
  }
}
