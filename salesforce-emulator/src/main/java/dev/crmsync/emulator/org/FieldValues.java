package dev.crmsync.emulator.org;

import java.math.BigDecimal;

/** Turns a JSON value sent to the REST API into the stored form of its field, or refuses it. */
final class FieldValues {
  private FieldValues() {
  }

  static String toStored(Org org, Field field, Object value) {
    if (value == null) {
      return null;
    }
    return switch (field.type()) {
      case REFERENCE -> reference(org, field, value);
      case BOOLEAN -> bool(field, value);
      case INT -> number(field, value, true);
      case DOUBLE, CURRENCY -> number(field, value, false);
      case DATE -> Values.parseDate(text(field, value)).map(Object::toString)
          .orElseThrow(() -> unparseable(field, value, "date"));
      case DATETIME -> Values.parseDateTime(text(field, value)).map(Values::canonical)
          .orElseThrow(() -> unparseable(field, value, "datetime"));
      default -> value instanceof String s ? (s.isEmpty() ? null : s) : value.toString();
    };
  }

  private static String reference(Org org, Field field, Object value) {
    String text = text(field, value);
    if (text.isEmpty()) {
      return null;
    }
    String id = SalesforceIds.canonical(text).orElseThrow(() -> RecordException.badRequest("MALFORMED_ID",
        field.name() + ": id value of incorrect type: " + text, field.name()));
    boolean allowed = org.tableOf(id).map(t -> field.referenceTo().contains(t.schema().name())).orElse(false);
    String[] target = org.find(id);
    if (!allowed || target == null || org.tableOf(id).orElseThrow().isDeleted(target)) {
      throw RecordException.badRequest("INVALID_CROSS_REFERENCE_KEY",
          "invalid cross reference id", field.name());
    }
    return id;
  }

  private static String bool(Field field, Object value) {
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return s.toLowerCase(java.util.Locale.ROOT);
    }
    throw unparseable(field, value, "boolean");
  }

  private static String number(Field field, Object value, boolean integral) {
    try {
      BigDecimal number = new BigDecimal(value.toString());
      if (integral) {
        return number.toBigIntegerExact().toString();
      }
      return number.toPlainString();
    } catch (ArithmeticException | NumberFormatException e) {
      throw unparseable(field, value, integral ? "int" : "double");
    }
  }

  private static String text(Field field, Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw unparseable(field, value, field.type().describeName());
  }

  private static RecordException unparseable(Field field, Object value, String type) {
    return RecordException.badRequest("JSON_PARSER_ERROR",
        "Cannot deserialize instance of " + type + " from value " + value + " for field " + field.name(),
        field.name());
  }
}
