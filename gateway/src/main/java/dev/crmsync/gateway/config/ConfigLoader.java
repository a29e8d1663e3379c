package dev.crmsync.gateway.config;

import dev.crmsync.match.Thresholds;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Builds the {@link GatewayConfig} from, in rising precedence: the defaults, an optional properties file, and
 * environment variables named {@code CRMSYNC_} plus the key in upper case with dots as underscores
 * ({@code http.port} is {@code CRMSYNC_HTTP_PORT}). An unknown key is an error, so a typo cannot go unnoticed;
 * {@code CRMSYNC_JAVA_OPTS}, which the launcher passes to the JVM, is not a key.
 */
public final class ConfigLoader {
  static final String ENV_PREFIX = "CRMSYNC_";
  /** The launcher's own variable, the JVM's options: it shares the prefix but is not a key. */
  static final String JAVA_OPTS = "CRMSYNC_JAVA_OPTS";

  /** Every key with its default; an empty default means "not set". */
  static final Map<String, String> DEFAULTS = defaults();

  private ConfigLoader() {
  }

  private static Map<String, String> defaults() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("http.host", "127.0.0.1");
    keys.put("http.port", "8080");
    keys.put("http.instances", "0");
    keys.put("db.url", "");
    keys.put("db.user", "postgres");
    keys.put("db.password", "");
    keys.put("db.embedded.dir", "data/postgres");
    keys.put("db.embedded.port", "0");
    keys.put("db.pool.size", "8");
    keys.put("operator.token", "");
    keys.put("auth.session.secret", "");
    keys.put("auth.session.ttl.seconds", "28800");
    keys.put("auth.widget.ttl.seconds", "900");
    keys.put("demo.enabled", "false");
    keys.put("salesforce.client.id", "");
    keys.put("salesforce.client.secret", "");
    keys.put("salesforce.redirect.uri", "http://127.0.0.1:8080/oauth/salesforce/callback");
    keys.put("salesforce.login.host", "production");
    keys.put("salesforce.api.version", "62.0");
    keys.put("salesforce.jwt.key.file", "");
    keys.put("salesforce.jwt.cert.file", "");
    keys.put("secrets.token.key", "");
    keys.put("sync.scheduler", "true");
    keys.put("sync.budget.share", "0.5");
    keys.put("sync.overlap.seconds", "300");
    keys.put("sync.page.records", "50000");
    keys.put("sync.batch.rows", "20000");
    keys.put("sync.keyscan.hours", "24");
    keys.put("match.index.dir", "data/index");
    keys.put("match.threshold.match", "12");
    keys.put("match.threshold.review", "4");
    keys.put("match.threshold.margin", "4");
    return Map.copyOf(keys);
  }

  /** Loads from an optional file and the process environment. */
  public static GatewayConfig load(Optional<Path> file, Map<String, String> environment) {
    return load(file, environment, Map.of());
  }

  /**
   * Loads with presets standing between the defaults and the file: what a command such as the demo sets up for
   * itself, which an operator's file or environment may still override.
   */
  public static GatewayConfig load(Optional<Path> file, Map<String, String> environment, Map<String, String> presets) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    values.putAll(presets);
    file.ifPresent(path -> values.putAll(readFile(path)));
    values.putAll(fromEnvironment(environment));
    return fromMap(values);
  }

  /** Builds the config from keys and values; keys not given take their defaults. */
  public static GatewayConfig fromMap(Map<String, String> given) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    given.forEach((key, value) -> {
      requireKnown(key, key);
      values.put(key, value);
    });
    DatabaseConfig database = new DatabaseConfig(
        optional(values.get("db.url")),
        values.get("db.user"),
        values.get("db.password"),
        parse(values, "db.embedded.dir", Path::of, "a directory path"),
        parse(values, "db.embedded.port", Integer::parseInt, "a port number"),
        parse(values, "db.pool.size", Integer::parseInt, "a whole number"));
    return new GatewayConfig(
        values.get("http.host"),
        parse(values, "http.port", Integer::parseInt, "a port number"),
        parse(values, "http.instances", Integer::parseInt, "a whole number"),
        database,
        new OperatorConfig(optional(values.get("operator.token"))),
        salesforce(values),
        api(values),
        matching(values));
  }

  private static MatchingConfig matching(Map<String, String> values) {
    Thresholds thresholds;
    try {
      thresholds = new Thresholds(
          parse(values, "match.threshold.match", Double::parseDouble, "a number"),
          parse(values, "match.threshold.review", Double::parseDouble, "a number"),
          parse(values, "match.threshold.margin", Double::parseDouble, "a number"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("match.threshold.match", e.getMessage());
    }
    return new MatchingConfig(parse(values, "match.index.dir", Path::of, "a directory path"), thresholds);
  }

  private static ApiConfig api(Map<String, String> values) {
    return new ApiConfig(
        optional(values.get("auth.session.secret")),
        parse(values, "auth.session.ttl.seconds", Integer::parseInt, "a whole number"),
        parse(values, "auth.widget.ttl.seconds", Integer::parseInt, "a whole number"),
        parse(values, "demo.enabled", ConfigLoader::parseBoolean, "true or false"));
  }

  private static SalesforceConfig salesforce(Map<String, String> values) {
    SalesforceConfig.Sync sync = new SalesforceConfig.Sync(
        parse(values, "sync.scheduler", ConfigLoader::parseBoolean, "true or false"),
        parse(values, "sync.budget.share", Double::parseDouble, "a number"),
        Duration.ofSeconds(parse(values, "sync.overlap.seconds", Long::parseLong, "a whole number")),
        parse(values, "sync.page.records", Integer::parseInt, "a whole number"),
        parse(values, "sync.batch.rows", Integer::parseInt, "a whole number"),
        Duration.ofHours(parse(values, "sync.keyscan.hours", Long::parseLong, "a whole number")));
    return new SalesforceConfig(
        optional(values.get("salesforce.client.id")),
        optional(values.get("salesforce.client.secret")),
        values.get("salesforce.redirect.uri"),
        values.get("salesforce.login.host"),
        values.get("salesforce.api.version"),
        optional(values.get("salesforce.jwt.key.file")).map(Path::of),
        optional(values.get("salesforce.jwt.cert.file")).map(Path::of),
        optional(values.get("secrets.token.key")),
        sync);
  }

  private static boolean parseBoolean(String value) {
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(value);
    }
    return Boolean.parseBoolean(value);
  }

  private static Map<String, String> readFile(Path path) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigException("--config", "cannot read " + path + ": " + e.getMessage());
    }
    Map<String, String> values = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).trim()));
    return values;
  }

  private static Map<String, String> fromEnvironment(Map<String, String> environment) {
    Map<String, String> values = new LinkedHashMap<>();
    environment.forEach((name, value) -> {
      if (name.startsWith(ENV_PREFIX) && !name.equals(JAVA_OPTS)) {
        String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
        requireKnown(key, name);
        values.put(key, value.trim());
      }
    });
    return values;
  }

  private static void requireKnown(String key, String shownAs) {
    if (!DEFAULTS.containsKey(key)) {
      throw new ConfigException(shownAs, "unknown key; known keys are " + DEFAULTS.keySet());
    }
  }

  private static Optional<String> optional(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static <T> T parse(Map<String, String> values, String key, Function<String, T> parser, String expected) {
    String raw = values.get(key);
    try {
      return parser.apply(raw);
    } catch (RuntimeException e) {
      throw new ConfigException(key, "expected " + expected + ", got '" + raw + "'");
    }
  }
}
