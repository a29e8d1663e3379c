package dev.crmsync.emulator.org;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * How values are stored: as the strings of an export CSV, with datetimes in one canonical UTC form
 * ({@code 2026-10-01T12:00:00.000Z}) so that they compare as strings, and 18-character ids.
 */
public final class Values {
  private static final DateTimeFormatter CANONICAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
      .appendPattern("HH:mm[:ss]")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter(Locale.ROOT);

  private Values() {
  }

  public static String canonical(Instant instant) {
    return CANONICAL.format(instant);
  }

  /** A datetime in any ISO-8601 form Salesforce accepts, or empty. */
  public static Optional<Instant> parseDateTime(String text) {
    try {
      var parsed = LENIENT.parse(text.trim());
      if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return Optional.of(java.time.LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC));
      }
      return Optional.of(OffsetDateTime.from(parsed).toInstant());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  public static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether a datetime is already in the stored form, which most loaded values are: no parse needed. */
  private static boolean isCanonical(String text) {
    return text.length() == 24 && text.charAt(4) == '-' && text.charAt(10) == 'T' && text.charAt(19) == '.'
        && text.charAt(23) == 'Z';
  }

  /** The REST JSON form of a stored datetime: {@code 2012-07-12T17:49:01.000+0000}. */
  public static String restDateTime(String stored) {
    return stored.endsWith("Z") ? stored.substring(0, stored.length() - 1) + "+0000" : stored;
  }

  /**
   * The stored form of a value arriving in an export CSV or from a generator, or null when it is empty. Values
   * that do not parse as their type are kept as given rather than dropped.
   */
  public static String normalize(FieldType type, String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    return switch (type) {
      case ID, REFERENCE -> SalesforceIds.canonical(raw).orElse(raw);
      case DATETIME -> isCanonical(raw) ? raw : parseDateTime(raw).map(Values::canonical).orElse(raw);
      case BOOLEAN -> raw.equalsIgnoreCase("true") || raw.equals("1") ? "true" : "false";
      default -> raw;
    };
  }
}
