package dev.crmsync.match.compare;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.normalize.PersonNames;
import java.util.List;

/** The values of a field whose frequency weighs an exact agreement on it (see {@link Outcome#value()}). */
public final class FieldValues {
  private FieldValues() {
  }

  /** The values an exact agreement on {@code field} may report for this entry; empty for fields without one. */
  public static List<String> of(Field field, Entry entry) {
    return switch (field) {
      case GIVEN -> nonEmpty(PersonNames.first(entry.given()));
      case FAMILY -> nonEmpty(entry.family());
      case COMPANY -> entry.companies();
      case DOMAIN -> entry.domains();
      case STREET -> nonEmpty(entry.address().street());
      case CITY -> nonEmpty(entry.address().city());
      case POSTAL_CODE -> nonEmpty(entry.address().postalCode());
      case STATE -> nonEmpty(entry.address().state());
      case COUNTRY -> nonEmpty(entry.address().country());
      case EMAIL, PHONE, TITLE -> List.of();
    };
  }

  private static List<String> nonEmpty(String value) {
    return value.isEmpty() ? List.of() : List.of(value);
  }
}
