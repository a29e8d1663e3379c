package dev.crmsync.emulator.generate;

/** One typing slip in a word: two letters swapped, a letter dropped, doubled or hit next to the right key. */
final class Typos {
  private static final String KEYBOARD = "qwertyuiopasdfghjklzxcvbnm";

  private Typos() {
  }

  /** {@code word} with one slip; a word too short to slip on comes back unchanged. */
  static String apply(String word, Rng rng) {
    if (word.length() < 3) {
      return word;
    }
    int at = rng.between(1, word.length() - 2);
    StringBuilder out = new StringBuilder(word);
    switch (rng.below(4)) {
      case 0 -> {
        char c = out.charAt(at);
        out.setCharAt(at, out.charAt(at + 1));
        out.setCharAt(at + 1, c);
      }
      case 1 -> out.deleteCharAt(at);
      case 2 -> out.insert(at, out.charAt(at));
      default -> out.setCharAt(at, neighbour(out.charAt(at)));
    }
    String slipped = out.toString();
    return slipped.equals(word) ? word + word.charAt(word.length() - 1) : slipped;
  }

  private static char neighbour(char c) {
    int at = KEYBOARD.indexOf(Character.toLowerCase(c));
    if (at < 0) {
      return 'e';
    }
    char next = KEYBOARD.charAt(at == KEYBOARD.length() - 1 ? at - 1 : at + 1);
    return Character.isUpperCase(c) ? Character.toUpperCase(next) : next;
  }
}
