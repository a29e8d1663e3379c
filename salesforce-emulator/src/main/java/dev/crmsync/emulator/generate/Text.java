package dev.crmsync.emulator.generate;

/** String helpers of the generator, written for speed: they run on every generated record. */
final class Text {
  private static final String ACCENTED = "áàâäãåçéèêëíìîïñóòôöõøúùûüýÿ"
      + "ÁÀÂÄÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØÚÙÛÜÝ";
  private static final String PLAIN = "aaaaaaceeeeiiiinoooooouuuuyy"
      + "AAAAAACEEEEIIIINOOOOOOUUUUY";

  private Text() {
  }

  /** The text with accents dropped ("Müller" gives "Muller", "Groß" gives "Gross"). */
  static String stripAccents(String text) {
    if (isAscii(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = ACCENTED.indexOf(c);
      if (at >= 0) {
        out.append(PLAIN.charAt(at));
      } else if (c == 'ß') {
        out.append("ss");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** German-style transliteration, as German companies spell names in e-mail addresses ("Müller": "Mueller"). */
  static String transliterateGerman(String text) {
    if (isAscii(text)) {
      return text;
    }
    return stripAccents(text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
        .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"));
  }

  /** Lower-case ASCII letters and digits only, as in a domain label or an e-mail local part. */
  static String slug(String text) {
    String plain = stripAccents(text);
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + 32));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** {@code value} in decimal, left-padded with zeros to at least {@code width} digits. */
  static String padded(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
