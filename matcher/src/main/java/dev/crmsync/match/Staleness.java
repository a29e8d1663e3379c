package dev.crmsync.match;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.match.compare.Comparators;
import dev.crmsync.match.compare.Field;
import dev.crmsync.match.compare.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds where a linked CRM person record disagrees with the profile's current position: another employer
 * ("no longer at" when the CRM's employer is a former one), another title, another place.
 */
final class Staleness {
  /**
   * Only the same title after abbreviations and filler words: "Head of Procurement" and "Director of
   * Procurement" are alike enough to count as matching evidence, yet one is a promotion the CRM has missed.
   */
  private static final Set<Level> SAME_TITLE = Set.of(Level.EXACT);

  private final Comparators comparators;

  Staleness(Comparators comparators) {
    this.comparators = comparators;
  }

  List<StaleReason> reasons(Entry crm, Entry profile) {
    List<StaleReason> reasons = new ArrayList<>();
    if (!crm.isPerson()) {
      return reasons;
    }
    String crmCompany = String.join(", ", crm.companies());
    String profileCompany = String.join(", ", profile.companies());
    Level company = comparators.compare(Field.COMPANY, crm, profile).level();
    Level domain = comparators.compare(Field.DOMAIN, crm, profile).level();
    if (company == Level.PAST || profile.companies().isEmpty() && !crm.companies().isEmpty()
        && !profile.pastCompanies().isEmpty()) {
      reasons.add(new StaleReason("company", crmCompany, profileCompany,
          "no longer at " + crmCompany + (profileCompany.isEmpty() ? "" : "; now at " + profileCompany)));
    } else if (company == Level.DIFFERENT && domain != Level.EXACT) {
      reasons.add(new StaleReason("company", crmCompany, profileCompany,
          "employer differs: CRM says " + crmCompany + ", profile says " + profileCompany));
    }
    if (!SAME_TITLE.contains(comparators.compare(Field.TITLE, crm, profile).level())
        && !crm.title().isEmpty() && !profile.title().isEmpty()) {
      reasons.add(new StaleReason("title", crm.title(), profile.title(),
          "title differs: CRM says " + crm.title() + ", profile says " + profile.title()));
    }
    addPlace(reasons, crm, profile);
    return reasons;
  }

  private void addPlace(List<StaleReason> reasons, Entry crm, Entry profile) {
    boolean countryDiffers = comparators.compare(Field.COUNTRY, crm, profile).level() == Level.DIFFERENT;
    Level city = comparators.compare(Field.CITY, crm, profile).level();
    if (countryDiffers || city == Level.DIFFERENT) {
      String crmPlace = place(crm);
      String profilePlace = place(profile);
      reasons.add(new StaleReason("location", crmPlace, profilePlace,
          "location differs: CRM says " + crmPlace + ", profile says " + profilePlace));
    }
  }

  private static String place(Entry entry) {
    return String.join(", ", List.of(entry.address().city(), entry.address().country()).stream()
        .filter(s -> !s.isEmpty()).toList());
  }
}
