package dev.crmsync.emulator.generate;

/** How a company builds its people's e-mail local parts from their (ASCII-folded) names. */
enum EmailPattern {
  FIRST_DOT_LAST, FLAST, FIRST, FIRST_UNDERSCORE_LAST, FIRSTLAST, F_DOT_LAST, LAST_DOT_FIRST;

  String localPart(String first, String last) {
    return switch (this) {
      case FIRST_DOT_LAST -> first + "." + last;
      case FLAST -> first.charAt(0) + last;
      case FIRST -> first;
      case FIRST_UNDERSCORE_LAST -> first + "_" + last;
      case FIRSTLAST -> first + last;
      case F_DOT_LAST -> first.charAt(0) + "." + last;
      case LAST_DOT_FIRST -> last + "." + first;
    };
  }
}
