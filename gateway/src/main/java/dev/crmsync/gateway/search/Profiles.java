package dev.crmsync.gateway.search;

import dev.crmsync.api.Location;
import dev.crmsync.api.Profile;
import dev.crmsync.api.ProfileKind;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the public part of directory profiles (data-formats.md §2). Private contact points live in another
 * column and are never read here.
 */
public final class Profiles {
  private Profiles() {
  }

  public static String personName(JsonObject profile) {
    String name = Stream.of(profile.getString("firstName"), profile.getString("lastName"))
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" "))
        .trim();
    return name.isEmpty() ? "(no name)" : name;
  }

  /** The first current position, if any. */
  public static Optional<JsonObject> currentPosition(JsonObject profile) {
    JsonArray positions = profile.getJsonArray("positions", new JsonArray());
    return positions.stream()
        .filter(JsonObject.class::isInstance)
        .map(JsonObject.class::cast)
        .filter(position -> position.getBoolean("current", false))
        .findFirst();
  }

  public static Location location(JsonObject profile) {
    JsonObject location = profile.getJsonObject("location");
    return location == null ? null
        : new Location(location.getString("city"), location.getString("state"), location.getString("country"));
  }

  /** "Berlin, Germany": the known parts of a location, or null. */
  public static String locationText(JsonObject profile) {
    Location location = location(profile);
    if (location == null) {
      return null;
    }
    String text = Stream.of(location.city(), location.state(), location.country())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(", "));
    return text.isEmpty() ? null : text;
  }

  public static Profile profile(ProfileKind kind, String id, JsonObject profile) {
    if (kind == ProfileKind.PERSON) {
      return new Profile(kind, id, personName(profile), profile.getString("headline"),
          currentPosition(profile).map(position -> position.getString("companyName")).orElse(null),
          locationText(profile));
    }
    return new Profile(kind, id, profile.getString("name", "(no name)"), profile.getString("industry"),
        profile.getString("website"), locationText(profile));
  }
}
