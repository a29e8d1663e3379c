package dev.crmsync.index.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** E-mail addresses reduced to the mailbox they deliver to. */
public final class Emails {
  private static final Set<String> DOTLESS_DOMAINS = Set.of("gmail.com", "googlemail.com");

  private Emails() {
  }

  /**
   * The lower-cased address with any {@code +tag} dropped from the local part (and, for Gmail, the dots it
   * ignores); empty when the value is not an address.
   */
  public static Optional<String> normalize(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String address = value.trim().toLowerCase(Locale.ROOT);
    if (address.startsWith("mailto:")) {
      address = address.substring("mailto:".length());
    }
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1 || address.indexOf(' ') >= 0) {
      return Optional.empty();
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    if (DOTLESS_DOMAINS.contains(domain)) {
      local = local.replace(".", "");
    }
    return Optional.of(local + "@" + domain);
  }

  /** The part before the @ of a normalized address. */
  public static String localPart(String normalized) {
    return normalized.substring(0, normalized.lastIndexOf('@'));
  }

  /** The domain of a normalized address. */
  public static String domain(String normalized) {
    return normalized.substring(normalized.lastIndexOf('@') + 1);
  }
}
