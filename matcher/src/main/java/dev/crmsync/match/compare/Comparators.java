package dev.crmsync.match.compare;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.index.normalize.Companies;
import dev.crmsync.index.normalize.Emails;
import dev.crmsync.index.normalize.PersonNames;
import dev.crmsync.index.normalize.Phones;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.apache.lucene.search.spell.JaroWinklerDistance;

/**
 * One comparator per {@link Field}: {@code left} is the CRM entry, {@code right} the directory entry (only
 * the right side has former employers). Thresholds follow the reference study: Jaro-Winkler 0.92 for "similar";
 * mid-range similarity is no evidence of a match, so it is DIFFERENT.
 */
public final class Comparators {
  static final double SIMILAR = 0.92;
  private static final double SIMILAR_WORDS = 0.5;
  private static final JaroWinklerDistance JARO_WINKLER = new JaroWinklerDistance();
  private static final Map<String, String> TITLE_WORDS = Map.ofEntries(
      Map.entry("vp", "vice president"), Map.entry("svp", "senior vice president"), Map.entry("ceo",
          "chief executive officer"), Map.entry("cto", "chief technology officer"), Map.entry("cfo",
          "chief financial officer"), Map.entry("coo", "chief operating officer"), Map.entry("cio",
          "chief information officer"), Map.entry("mgr", "manager"), Map.entry("dir", "director"),
      Map.entry("sr", "senior"), Map.entry("jr", "junior"), Map.entry("eng", "engineer"), Map.entry("engr",
          "engineer"), Map.entry("mktg", "marketing"), Map.entry("dev", "developer"), Map.entry("acct",
          "account"), Map.entry("exec", "executive"), Map.entry("head", "head"), Map.entry("cro",
          "chief revenue officer"), Map.entry("cmo", "chief marketing officer"), Map.entry("hr", "human resources"),
      Map.entry("bizdev", "business development"), Map.entry("infosec", "information security"),
      Map.entry("it", "information technology"));
  /** Words that do not make one title another: "Head of Legal" is "Head Legal", "Analyst II" an analyst. */
  private static final Set<String> TITLE_FILLERS = Set.of("of", "the", "and", "for", "i", "ii", "iii", "iv");

  private static final Set<Level> AGREEING_NAME = Set.of(Level.EXACT, Level.VARIANT);
  private static final Set<Level> AGREEING_COMPANY = Set.of(Level.EXACT, Level.ACRONYM, Level.SIMILAR);
  private static final Set<Level> AGREEING_PLACE = Set.of(Level.EXACT, Level.SIMILAR, Level.PARTIAL);

  private final Nicknames nicknames;

  public Comparators(Nicknames nicknames) {
    this.nicknames = nicknames;
  }

  /** Compares one field of a CRM entry ({@code left}) and a directory entry ({@code right}). */
  public Outcome compare(Field field, Entry left, Entry right) {
    return switch (field) {
      case GIVEN -> given(left, right);
      case FAMILY -> family(left, right);
      case EMAIL -> impliedBy(email(left.emails(), right.emails()), Set.of(Level.PARTIAL, Level.SIMILAR),
          () -> namesAgree(left, right));
      case PHONE -> phone(left.phones(), right.phones());
      case COMPANY -> company(left.companies(), right.companies(), right.pastCompanies());
      case DOMAIN -> domain(left, right);
      case TITLE -> title(left.title(), right.title());
      case STREET -> street(left.address().street(), right.address().street());
      case CITY -> spelled(left.address().city(), right.address().city());
      case POSTAL_CODE -> impliedBy(postalCode(left.address().postalCode(), right.address().postalCode()),
          Set.of(Level.DIFFERENT), () -> cityDiffers(left, right));
      case STATE -> impliedBy(impliedBy(equal(left.address().state(), right.address().state()), Set.of(Level.EXACT),
          () -> placeAgrees(left, right)), Set.of(Level.DIFFERENT), () -> cityDiffers(left, right));
      case COUNTRY -> impliedBy(equal(left.address().country(), right.address().country()), Set.of(Level.EXACT),
          () -> placeAgrees(left, right));
    };
  }

  /** IMPLIED when the outcome is at one of the levels and a finer field agrees (asked only then: it costs). */
  private static Outcome impliedBy(Outcome outcome, Set<Level> levels, BooleanSupplier finerFieldAgrees) {
    return levels.contains(outcome.level()) && finerFieldAgrees.getAsBoolean() ? Outcome.of(Level.IMPLIED)
        : outcome;
  }

  private boolean namesAgree(Entry left, Entry right) {
    return AGREEING_NAME.contains(given(left, right).level()) && AGREEING_NAME.contains(family(left, right).level());
  }

  /**
   * Domains count only where company names could not tell: agreeing domains are implied by agreeing names, and
   * differing domains by differing names.
   */
  private Outcome domain(Entry left, Entry right) {
    Outcome domains = anyEqual(left.domains(), right.domains());
    if (domains.level() == Level.MISSING) {
      return domains;
    }
    Level company = compare(Field.COMPANY, left, right).level();
    boolean namesAgree = AGREEING_COMPANY.contains(company);
    boolean namesDiffer = company == Level.DIFFERENT || company == Level.PAST;
    return impliedBy(impliedBy(domains, Set.of(Level.EXACT), () -> namesAgree), Set.of(Level.DIFFERENT),
        () -> namesDiffer);
  }

  /** A different city already says the person or company is elsewhere: a different postcode or state adds nothing. */
  private static boolean cityDiffers(Entry left, Entry right) {
    return spelled(left.address().city(), right.address().city()).level() == Level.DIFFERENT;
  }

  private static boolean placeAgrees(Entry left, Entry right) {
    return AGREEING_PLACE.contains(spelled(left.address().city(), right.address().city()).level())
        || AGREEING_PLACE.contains(postalCode(left.address().postalCode(), right.address().postalCode()).level());
  }

  Outcome given(Entry left, Entry right) {
    String a = PersonNames.first(left.given());
    String b = PersonNames.first(right.given());
    if (a.isEmpty() || b.isEmpty()) {
      return Outcome.MISSING;
    }
    if (a.equals(b)) {
      return new Outcome(Level.EXACT, a);
    }
    if (swapped(a, right.family())) {
      return Outcome.of(Level.SWAPPED);
    }
    if (nicknames.compatible(a, b)) {
      return Outcome.of(Level.VARIANT);
    }
    if (similar(a, b)) {
      return Outcome.of(Level.SIMILAR);
    }
    if (left.givenPhonetic().equals(right.givenPhonetic())) {
      return Outcome.of(Level.PHONETIC);
    }
    if ((a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0)) {
      return Outcome.of(Level.INITIAL);
    }
    return Outcome.DIFFERENT;
  }

  Outcome family(Entry left, Entry right) {
    String a = left.family();
    String b = right.family();
    if (a.isEmpty() || b.isEmpty()) {
      return Outcome.MISSING;
    }
    if (a.equals(b)) {
      return new Outcome(Level.EXACT, a);
    }
    if (similar(a, b)) {
      return Outcome.of(Level.SIMILAR);
    }
    if (swapped(a, right.given())) {
      return Outcome.of(Level.SWAPPED);
    }
    if (left.familyPhonetic().equals(right.familyPhonetic())) {
      return Outcome.of(Level.PHONETIC);
    }
    if (shareWord(a, b)) {
      return Outcome.of(Level.PARTIAL);
    }
    return Outcome.DIFFERENT;
  }

  /** Given and family name crossed over: this side's given name is the other's family name, or the reverse. */
  private static boolean swapped(String name, String otherSideCrossName) {
    return !otherSideCrossName.isEmpty() && similar(name, otherSideCrossName);
  }

  private static final List<Level> EMAIL_STRENGTH = List.of(Level.EXACT, Level.PARTIAL, Level.SIMILAR, Level.DIFFERENT);
  private static final List<Level> PHONE_STRENGTH = List.of(Level.EXACT, Level.PARTIAL, Level.DIFFERENT);

  static Outcome email(List<String> left, List<String> right) {
    return bestOverPairs(left, right, EMAIL_STRENGTH, (a, b) -> {
      if (a.equals(b)) {
        return Level.EXACT;
      }
      String localA = Emails.localPart(a);
      String localB = Emails.localPart(b);
      if (localA.equals(localB)) {
        return Level.PARTIAL;
      }
      return similar(localA, localB) ? Level.SIMILAR : Level.DIFFERENT;
    });
  }

  static Outcome phone(List<String> left, List<String> right) {
    return bestOverPairs(left, right, PHONE_STRENGTH, (a, b) -> a.equals(b) ? Level.EXACT
        : Phones.tail(a).equals(Phones.tail(b)) ? Level.PARTIAL : Level.DIFFERENT);
  }

  /**
   * The strongest level any pair of values reaches, strength being the order of {@code strongestFirst} (for
   * e-mails the same local part at another domain counts more than a merely similar one); MISSING when a side
   * has no value.
   */
  private static Outcome bestOverPairs(List<String> left, List<String> right, List<Level> strongestFirst,
      BiFunction<String, String, Level> levelOfPair) {
    if (left.isEmpty() || right.isEmpty()) {
      return Outcome.MISSING;
    }
    Level best = Level.DIFFERENT;
    for (String a : left) {
      for (String b : right) {
        Level level = levelOfPair.apply(a, b);
        if (level == Level.EXACT) {
          return Outcome.of(Level.EXACT);
        }
        if (strongestFirst.indexOf(level) < strongestFirst.indexOf(best)) {
          best = level;
        }
      }
    }
    return Outcome.of(best);
  }

  static Outcome company(List<String> left, List<String> current, List<String> past) {
    if (left.isEmpty() || current.isEmpty() && past.isEmpty()) {
      return Outcome.MISSING;
    }
    Outcome now = bestCompany(left, current);
    if (now.level() != Level.DIFFERENT) {
      return now;
    }
    return bestCompany(left, past).level() == Level.DIFFERENT ? Outcome.DIFFERENT : Outcome.of(Level.PAST);
  }

  private static Outcome bestCompany(List<String> left, List<String> right) {
    Level best = Level.DIFFERENT;
    for (String a : left) {
      for (String b : right) {
        if (a.equals(b)) {
          return new Outcome(Level.EXACT, a);
        }
        if (Companies.isAcronym(a, b) || Companies.isAcronym(b, a)) {
          best = Level.ACRONYM;
        } else if (best == Level.DIFFERENT && (wordOverlap(a, b) >= SIMILAR_WORDS || similar(a, b))) {
          best = Level.SIMILAR;
        }
      }
    }
    return Outcome.of(best);
  }

  static Outcome title(String left, String right) {
    if (left.isEmpty() || right.isEmpty()) {
      return Outcome.MISSING;
    }
    String a = expandTitle(left);
    String b = expandTitle(right);
    if (a.equals(b)) {
      return Outcome.of(Level.EXACT);
    }
    return wordOverlap(a, b) >= SIMILAR_WORDS ? Outcome.of(Level.SIMILAR) : Outcome.DIFFERENT;
  }

  static Outcome spelled(String left, String right) {
    if (left.isEmpty() || right.isEmpty()) {
      return Outcome.MISSING;
    }
    if (left.equals(right)) {
      return new Outcome(Level.EXACT, left);
    }
    return similar(left, right) ? Outcome.of(Level.SIMILAR) : Outcome.DIFFERENT;
  }

  /** Street lines: also similar when the same words come in another order (a second line moved first). */
  static Outcome street(String left, String right) {
    Outcome spelled = spelled(left, right);
    if (spelled.level() != Level.DIFFERENT) {
      return spelled;
    }
    return similar(sortedWords(left), sortedWords(right)) ? Outcome.of(Level.SIMILAR)
        : Outcome.DIFFERENT;
  }

  static Outcome postalCode(String left, String right) {
    if (left.isEmpty() || right.isEmpty()) {
      return Outcome.MISSING;
    }
    if (left.equals(right)) {
      return new Outcome(Level.EXACT, left);
    }
    return oneCharacterOff(left, right) || adjacentSwap(left, right) ? Outcome.of(Level.PARTIAL)
        : Outcome.DIFFERENT;
  }

  static Outcome equal(String left, String right) {
    if (left.isEmpty() || right.isEmpty()) {
      return Outcome.MISSING;
    }
    return left.equals(right) ? new Outcome(Level.EXACT, left) : Outcome.DIFFERENT;
  }

  static Outcome anyEqual(List<String> left, List<String> right) {
    if (left.isEmpty() || right.isEmpty()) {
      return Outcome.MISSING;
    }
    for (String a : left) {
      if (right.contains(a)) {
        return new Outcome(Level.EXACT, a);
      }
    }
    return Outcome.DIFFERENT;
  }

  /** Jaro-Winkler similarity of two strings, 1 for equal ones. */
  public static double similarity(String a, String b) {
    return JARO_WINKLER.getDistance(a, b);
  }

  /**
   * Whether the Jaro-Winkler similarity reaches {@link #SIMILAR}, computed only when a cheap bound says it may:
   * most compared values (another person's name, another company) share too few characters to.
   */
  static boolean similar(String a, String b) {
    return mayReachSimilar(a, b) && similarity(a, b) >= SIMILAR;
  }

  /**
   * An upper bound of Jaro-Winkler reaching {@link #SIMILAR}: Jaro's matching characters are at most those of
   * each string found in the other (by a 64-bit set of characters, so maybe more), with no transposition; the
   * Winkler boost at most its common prefix times the scale Lucene uses, min(0.1, 1 / longer length).
   */
  static boolean mayReachSimilar(String a, String b) {
    int matches = Math.min(present(a, characters(b)), present(b, characters(a)));
    if (matches == 0) {
      return false;
    }
    int prefix = 0;
    while (prefix < Math.min(a.length(), b.length()) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    double jaro = ((double) matches / a.length() + (double) matches / b.length() + 1) / 3;
    double boost = Math.min(0.1, 1.0 / Math.max(a.length(), b.length())) * prefix;
    return jaro + boost * (1 - jaro) >= SIMILAR - 1e-6;
  }

  private static long characters(String text) {
    long set = 0;
    for (int i = 0; i < text.length(); i++) {
      set |= 1L << text.charAt(i);
    }
    return set;
  }

  private static int present(String text, long characters) {
    int present = 0;
    for (int i = 0; i < text.length(); i++) {
      present += (int) (characters >>> text.charAt(i)) & 1;
    }
    return present;
  }

  /** The share of the shorter value's words (runs between spaces) found among the other's; allocation-free. */
  static double wordOverlap(String a, String b) {
    int wordsA = 0;
    int shared = 0;
    for (int start = 0; start < a.length(); start = wordEnd(a, start) + 1) {
      int end = wordEnd(a, start);
      if (end > start) {
        wordsA++;
        if (hasWord(b, a, start, end)) {
          shared++;
        }
      }
    }
    int wordsB = 0;
    for (int start = 0; start < b.length(); start = wordEnd(b, start) + 1) {
      wordsB += wordEnd(b, start) > start ? 1 : 0;
    }
    int fewer = Math.min(wordsA, wordsB);
    return fewer == 0 ? 0 : (double) shared / fewer;
  }

  private static int wordEnd(String text, int start) {
    int space = text.indexOf(' ', start);
    return space < 0 ? text.length() : space;
  }

  /** Whether {@code text} has the word {@code word[start, end)} as one of its words. */
  private static boolean hasWord(String text, String word, int start, int end) {
    int length = end - start;
    for (int at = 0; at < text.length(); at = wordEnd(text, at) + 1) {
      if (wordEnd(text, at) - at == length && text.regionMatches(at, word, start, length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean shareWord(String a, String b) {
    return a.indexOf(' ') + b.indexOf(' ') > -2 && wordOverlap(a, b) > 0;
  }

  private static boolean oneCharacterOff(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int differences = 0;
    for (int i = 0; i < a.length() && differences < 2; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        differences++;
      }
    }
    return differences == 1;
  }

  private static boolean adjacentSwap(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = 0;
    while (first < a.length() && a.charAt(first) == b.charAt(first)) {
      first++;
    }
    return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
        && a.substring(first + 2).equals(b.substring(first + 2));
  }

  private static String sortedWords(String value) {
    String[] words = value.split(" ");
    Arrays.sort(words);
    return String.join(" ", words);
  }

  private static String expandTitle(String title) {
    StringBuilder expanded = new StringBuilder();
    for (String word : title.split(" ")) {
      if (TITLE_FILLERS.contains(word)) {
        continue;
      }
      if (!expanded.isEmpty()) {
        expanded.append(' ');
      }
      expanded.append(TITLE_WORDS.getOrDefault(word, word));
    }
    return expanded.toString();
  }
}
