package dev.crmsync.emulator.generate;

import java.util.List;
import java.util.Locale;

/** How CRM users write a company's name and website: legal forms dropped or respelled, typos, bare domains. */
final class CompanyNoise {
  private static final List<String[]> LEGAL_RESPELLINGS = List.of(
      new String[] {"Inc.", "Inc"}, new String[] {"Inc.", "Incorporated"}, new String[] {"Ltd", "Limited"},
      new String[] {"Ltd.", "Ltd"}, new String[] {"Limited", "Ltd"}, new String[] {"GmbH", "Gmbh"},
      new String[] {"S.A.", "SA"}, new String[] {"SA", "S.A."}, new String[] {"Corp.", "Corporation"},
      new String[] {"Corporation", "Corp"}, new String[] {"Pvt Ltd", "Pvt. Ltd."}, new String[] {"Pty Ltd", "Pty"},
      new String[] {"Ltda.", "LTDA"}, new String[] {"LLC", "L.L.C."});

  private final NoiseRates rates;

  CompanyNoise(NoiseRates rates) {
    this.rates = rates;
  }

  /** The company's name as a CRM record spells it; tags what was changed. */
  String name(Company company, Rng rng, List<String> tags) {
    if (!rng.chance(rates.accountNameVariant())) {
      return company.name();
    }
    tags.add("name_variant");
    return switch (rng.below(6)) {
      case 0, 1 -> company.baseName();
      case 2 -> company.baseName() + ", " + company.legalForm();
      case 3 -> company.name().toUpperCase(Locale.ROOT);
      case 4 -> respelled(company);
      default -> Typos.apply(company.baseName(), rng) + " " + company.legalForm();
    };
  }

  /** Another spelling still, for a duplicate account: never the one of {@link #name}'s unchanged case. */
  String duplicateName(Company company, Rng rng) {
    return switch (rng.below(3)) {
      case 0 -> company.baseName();
      case 1 -> respelled(company);
      default -> "The " + company.baseName();
    };
  }

  /** The website as typed into the CRM, or null; tags what was changed. */
  String website(Company company, Rng rng, List<String> tags) {
    if (rng.chance(rates.missingAddress())) {
      tags.add("missing_website");
      return null;
    }
    if (!rng.chance(rates.accountNameVariant())) {
      return company.website();
    }
    tags.add("website_variant");
    return switch (rng.below(4)) {
      case 0 -> "www." + company.domain();
      case 1 -> "http://" + company.domain();
      case 2 -> company.domain();
      default -> company.website() + "/";
    };
  }

  private static String respelled(Company company) {
    for (String[] respelling : LEGAL_RESPELLINGS) {
      if (company.legalForm().equals(respelling[0])) {
        return company.baseName() + " " + respelling[1];
      }
    }
    return company.baseName();
  }
}
