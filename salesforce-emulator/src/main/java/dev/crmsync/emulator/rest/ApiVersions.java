package dev.crmsync.emulator.rest;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The API versions the emulator answers, {@code v31.0} to {@code v66.0} (Spring '26). */
public final class ApiVersions {
  public static final int OLDEST = 31;
  public static final int NEWEST = 66;
  private static final Pattern PATH_VERSION = Pattern.compile("v(\\d+)\\.0");
  private static final String[] SEASONS = {"Winter", "Spring", "Summer"};

  private ApiVersions() {
  }

  /** The version of a path segment such as {@code v60.0}, when the emulator serves it. */
  public static Optional<String> parse(String segment) {
    Matcher m = PATH_VERSION.matcher(segment == null ? "" : segment);
    if (!m.matches()) {
      return Optional.empty();
    }
    int major = Integer.parseInt(m.group(1));
    return major >= OLDEST && major <= NEWEST ? Optional.of(major + ".0") : Optional.empty();
  }

  /** The answer of {@code GET /services/data/}. */
  static JsonArray list() {
    JsonArray versions = new JsonArray();
    for (int major = OLDEST; major <= NEWEST; major++) {
      int index = major - 20;
      String label = SEASONS[index % 3] + " '" + (11 + index / 3);
      versions.add(new JsonObject().put("label", label).put("url", "/services/data/v" + major + ".0")
          .put("version", major + ".0"));
    }
    return versions;
  }
}
