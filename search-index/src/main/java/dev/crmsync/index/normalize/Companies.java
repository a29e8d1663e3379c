package dev.crmsync.index.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Company names without legal form, punctuation and filler words, and their acronyms. */
public final class Companies {
  /**
   * Legal-form designators (folded), a working subset of the GLEIF ISO 20275 list for the countries the product
   * serves first; multi-word forms are matched as token sequences at the end of a name.
   */
  private static final List<List<String>> LEGAL_FORMS = List.of(
      List.of("gmbh", "co", "kg"), List.of("gmbh", "co", "kgaa"), List.of("ag", "co", "kg"),
      List.of("kabushiki", "kaisha"), List.of("sp", "z", "oo"), List.of("pty", "ltd"), List.of("pvt", "ltd"),
      List.of("private", "limited"), List.of("co", "ltd"), List.of("s", "a"), List.of("s", "r", "l"),
      List.of("inc"), List.of("incorporated"), List.of("corp"), List.of("corporation"), List.of("co"),
      List.of("company"), List.of("llc"), List.of("llp"), List.of("lp"), List.of("ltd"), List.of("limited"),
      List.of("plc"), List.of("gmbh"), List.of("mbh"), List.of("ag"), List.of("kg"), List.of("kgaa"),
      List.of("ohg"), List.of("ug"), List.of("ev"), List.of("se"), List.of("sa"), List.of("sas"), List.of("sarl"),
      List.of("srl"), List.of("spa"), List.of("sl"), List.of("bv"), List.of("nv"), List.of("oy"), List.of("oyj"),
      List.of("ab"), List.of("as"), List.of("asa"), List.of("aps"), List.of("pty"), List.of("pvt"), List.of("kk"),
      List.of("lda"), List.of("sro"), List.of("zrt"), List.of("kft"), List.of("bhd"), List.of("sdn", "bhd"));
  private static final Set<String> FILLER = Set.of("the", "and", "of", "und", "et", "y");

  private Companies() {
  }

  /**
   * The folded name without legal-form suffixes, "&amp;" and filler words: "The Procter &amp; Gamble Company"
   * gives "procter gamble", "Südwest Netze GmbH &amp; Co. KG" gives "sudwest netze". A name that is only a legal
   * form keeps its tokens.
   */
  public static String normalize(String name) {
    List<String> tokens = new ArrayList<>(Text.tokens(name));
    boolean stripped = true;
    while (stripped && tokens.size() > 1) {
      stripped = stripLegalForm(tokens);
    }
    tokens.removeIf(FILLER::contains);
    return String.join(" ", tokens);
  }

  /** The initials of a normalized name of two or more words ("advanced micro devices" gives "amd"), else "". */
  public static String acronym(String normalized) {
    String[] tokens = normalized.split(" ");
    if (tokens.length < 2) {
      return "";
    }
    StringBuilder initials = new StringBuilder(tokens.length);
    for (String token : tokens) {
      initials.append(token.charAt(0));
    }
    return initials.toString();
  }

  /** Whether {@code candidate} is the {@link #acronym} of a normalized name, found without building it. */
  public static boolean isAcronym(String candidate, String normalized) {
    int initials = 0;
    boolean wordStart = true;
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == ' ') {
        wordStart = true;
      } else if (wordStart) {
        if (initials >= candidate.length() || candidate.charAt(initials) != c) {
          return false;
        }
        initials++;
        wordStart = false;
      }
    }
    return initials >= 2 && initials == candidate.length();
  }

  private static boolean stripLegalForm(List<String> tokens) {
    for (List<String> form : LEGAL_FORMS) {
      int start = tokens.size() - form.size();
      if (start >= 1 && tokens.subList(start, tokens.size()).equals(form)) {
        tokens.subList(start, tokens.size()).clear();
        return true;
      }
    }
    return false;
  }
}
