package dev.crmsync.salesforce.oauth;

import java.net.URI;
import java.util.Locale;

/**
 * Where users log in and tokens are issued: production, sandbox, a My Domain, or any base URL (the emulator).
 * API calls never go here; they go to the {@code instance_url} of the token.
 */
public record LoginHost(String baseUrl) {
  public static final LoginHost PRODUCTION = new LoginHost("https://login.salesforce.com");
  public static final LoginHost SANDBOX = new LoginHost("https://test.salesforce.com");

  public LoginHost {
    if (baseUrl == null || !(baseUrl.startsWith("https://") || baseUrl.startsWith("http://"))) {
      throw new IllegalArgumentException("baseUrl must be an http(s) URL, got '" + baseUrl + "'");
    }
    URI.create(baseUrl);
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * Reads what an admin chooses: {@code production}, {@code sandbox}, a My Domain name ({@code acme} or
   * {@code acme.my.salesforce.com}), or a full URL.
   */
  public static LoginHost parse(String choice) {
    String value = choice == null ? "" : choice.trim();
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("production") || lower.isEmpty()) {
      return PRODUCTION;
    }
    if (lower.equals("sandbox")) {
      return SANDBOX;
    }
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return new LoginHost(value);
    }
    if (!lower.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*")) {
      throw new IllegalArgumentException("login host must be production, sandbox, a My Domain or a URL, got '"
          + choice + "'");
    }
    return new LoginHost("https://" + (lower.contains(".") ? lower : lower + ".my.salesforce.com"));
  }

  public String path(String path) {
    return baseUrl + path;
  }
}
