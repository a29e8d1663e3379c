package dev.crmsync.emulator.generate;

/** The other ways a job title gets written ("Vice President" as "VP", "Senior" as "Sr."). */
final class Titles {
  private static final String[][] SHORTHANDS = {
      {"Vice President", "VP"}, {"VP of ", "VP, "}, {"Senior ", "Sr. "}, {"Manager", "Mgr"},
      {"Director of ", "Dir. "}, {"Chief Executive Officer", "CEO"}, {"Chief Financial Officer", "CFO"},
      {"Chief Technology Officer", "CTO"}, {"Chief Operating Officer", "COO"}, {"Chief Marketing Officer", "CMO"},
      {"Chief Revenue Officer", "CRO"}, {"Chief Information Officer", "CIO"}, {"Human Resources", "HR"},
      {"Business Development", "BizDev"}, {"Head of ", "Head "}, {"Managing Director", "MD"},
      {"Information Security", "InfoSec"}, {" Analyst", " Analyst II"}, {"Co-Founder", "Cofounder"}};

  private Titles() {
  }

  /** The title with its first known long form shortened, or the title itself when none applies. */
  static String variant(String title) {
    for (String[] shorthand : SHORTHANDS) {
      if (title.contains(shorthand[0])) {
        return title.replace(shorthand[0], shorthand[1]);
      }
    }
    return title;
  }
}
