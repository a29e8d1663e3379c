package dev.crmsync.index.normalize;

import com.google.common.net.InternetDomainName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Websites and e-mail domains reduced to the registrable domain an organisation owns. */
public final class Domains {
  private static final Set<String> FREE_MAIL = loadFreeMail();

  private Domains() {
  }

  /**
   * The registrable domain ("https://www.shop.acme.co.uk/about" gives "acme.co.uk") by the public suffix list;
   * empty when the value holds no host under a public suffix.
   */
  public static Optional<String> registrable(String urlOrHost) {
    if (urlOrHost == null || urlOrHost.isBlank()) {
      return Optional.empty();
    }
    String host = host(urlOrHost.trim().toLowerCase(Locale.ROOT));
    if (host.isEmpty() || !InternetDomainName.isValid(host)) {
      return Optional.empty();
    }
    InternetDomainName name = InternetDomainName.from(host);
    if (!name.isUnderPublicSuffix()) {
      return Optional.empty();
    }
    return Optional.of(name.topPrivateDomain().toString());
  }

  /** Whether addresses of this domain belong to a consumer mail provider, and so say nothing of an employer. */
  public static boolean isFreeMail(String domain) {
    return FREE_MAIL.contains(domain.toLowerCase(Locale.ROOT));
  }

  /** The employer domain an e-mail address gives evidence of: its registrable domain unless it is free mail. */
  public static Optional<String> employerDomainOfEmail(String normalizedEmail) {
    String domain = Emails.domain(normalizedEmail);
    return isFreeMail(domain) ? Optional.empty() : registrable(domain).filter(d -> !isFreeMail(d));
  }

  private static String host(String value) {
    String rest = value;
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      rest = rest.substring(scheme + 3);
    }
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      rest = rest.substring(at + 1);
    }
    int end = rest.length();
    for (char stop : new char[] {'/', '?', '#', ':'}) {
      int index = rest.indexOf(stop);
      if (index >= 0 && index < end) {
        end = index;
      }
    }
    String host = rest.substring(0, end);
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  private static Set<String> loadFreeMail() {
    try (InputStream in = Domains.class.getResourceAsStream("free-mail-domains.txt")) {
      if (in == null) {
        throw new IllegalStateException("free-mail-domains.txt is missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
