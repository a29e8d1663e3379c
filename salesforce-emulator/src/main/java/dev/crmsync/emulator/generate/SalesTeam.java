package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.RecordSink;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The org's users in a role hierarchy: a CEO, an integration user with View All, sales and marketing VPs,
 * regional directors, sales managers and account executives, and a sales-development team. Small enough to keep
 * in memory; it decides who owns which record.
 */
final class SalesTeam {
  private static final long OWNER = 3;
  private static final String[] TEAM_ROLES = {"Account Manager", "Sales Manager", "Executive Sponsor",
      "Customer Success Manager", "Sales Engineer"};

  /** The regions sales is organised in; each country sells through one. */
  enum Region {
    NORTH_AMERICA("North America"), EMEA("EMEA"), APAC("APAC"), LATAM("LATAM");

    private final String label;

    Region(String label) {
      this.label = label;
    }

    static Region of(Country country) {
      return switch (country) {
        case US, CA -> NORTH_AMERICA;
        case GB, DE, FR -> EMEA;
        case IN, AU -> APAC;
        case BR -> LATAM;
      };
    }
  }

  private final long seed;
  private final Map<Region, List<String>> executivesByRegion = new EnumMap<>(Region.class);
  private final Map<Region, List<String>> leadersByRegion = new EnumMap<>(Region.class);
  private final List<String> developmentReps = new ArrayList<>();
  private final List<Region> regions = new ArrayList<>();

  private SalesTeam(long seed) {
    this.seed = seed;
  }

  /** Builds the team of {@code users} people and writes its UserRole and User records to {@code sink}. */
  static SalesTeam build(long seed, int users, Vocabulary vocabulary, Phones phones, RecordSink sink) {
    SalesTeam team = new SalesTeam(seed);
    team.staff(users, new Hiring(vocabulary, Rng.of(seed, 4, 0), sink, phones));
    return team;
  }

  private void staff(int users, Hiring hiring) {
    String ceo = hiring.hire(hiring.role("CEO", null), "Chief Executive Officer", "Executive", null);
    hiring.hireIntegrationUser(hiring.role("System Administrator", "CEO"), ceo);
    String sales = hiring.hire(hiring.role("VP Sales", "CEO"), "VP of Sales", "Sales", ceo);
    String marketing = hiring.hire(hiring.role("VP Marketing", "CEO"), "VP of Marketing", "Marketing", ceo);
    int rest = users - 4;
    int directors = Math.clamp(rest / 25, 1, Region.values().length);
    int managers = Math.max(directors, rest / 12);
    int sdrManagers = rest >= 20 ? 1 : 0;
    int reps = rest - directors - managers - sdrManagers;
    int sdrs = sdrManagers == 0 ? 0 : reps / 4;
    List<String> managerIds = new ArrayList<>();
    for (int d = 0; d < directors; d++) {
      Region region = Region.values()[d];
      regions.add(region);
      String director = hiring.hire(hiring.role("Sales Director " + region.label, "VP Sales"),
          "Regional Sales Director", "Sales", sales);
      leadersByRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(director);
      hiring.role("Sales Manager " + region.label, "Sales Director " + region.label);
      hiring.role("Account Executive " + region.label, "Sales Manager " + region.label);
    }
    for (int m = 0; m < managers; m++) {
      Region region = regions.get(m % directors);
      String manager = hiring.hire(hiring.roleId("Sales Manager " + region.label), "Sales Manager", "Sales",
          leadersByRegion.get(region).get(0));
      leadersByRegion.get(region).add(manager);
      managerIds.add(manager);
    }
    for (int r = 0; r < reps - sdrs; r++) {
      Region region = regions.get(r % directors);
      String manager = managerIds.get(r % managers);
      executivesByRegion.computeIfAbsent(region, x -> new ArrayList<>()).add(hiring.hire(
          hiring.roleId("Account Executive " + region.label), hiring.pick(List.of("Account Executive",
              "Senior Account Executive", "Enterprise Account Executive")), "Sales", manager));
    }
    if (sdrManagers > 0) {
      String sdrManager = hiring.hire(hiring.role("SDR Manager", "VP Marketing"), "SDR Manager", "Marketing",
          marketing);
      String sdrRole = hiring.role("Sales Development Representative", "SDR Manager");
      for (int s = 0; s < sdrs; s++) {
        developmentReps.add(hiring.hire(sdrRole, "Sales Development Representative", "Marketing", sdrManager));
      }
    }
  }

  /** Who owns the account of world company {@code companyIndex}: an account executive of its region. */
  String accountOwner(int companyIndex, Country country) {
    List<String> executives = executivesOf(Region.of(country));
    return executives.get(Rng.of(seed, OWNER, companyIndex).below(executives.size()));
  }

  /** Who owns a new lead: a sales-development rep when there are any, else an account executive. */
  String leadOwner(Country country, Rng rng) {
    return developmentReps.isEmpty() || rng.chance(0.3) ? rng.pick(executivesOf(Region.of(country)))
        : rng.pick(developmentReps);
  }

  /** A user on an account's team, with their role in it. */
  record TeamMember(String userId, String role) {
  }

  /** Users of the account's region who join its account team. */
  List<TeamMember> teamMembers(Country country, String owner, Rng rng) {
    int size = rng.chance(0.75) ? 0 : rng.between(1, 2);
    List<String> pool = new ArrayList<>(executivesOf(Region.of(country)));
    pool.addAll(leadersByRegion.get(regionOf(Region.of(country))));
    pool.remove(owner);
    List<TeamMember> members = new ArrayList<>(size);
    for (int i = 0; i < size && !pool.isEmpty(); i++) {
      String user = pool.remove(rng.below(pool.size()));
      members.add(new TeamMember(user, TEAM_ROLES[rng.below(TEAM_ROLES.length)]));
    }
    return members;
  }

  private List<String> executivesOf(Region region) {
    return executivesByRegion.get(regionOf(region));
  }

  /** The region itself when it has a team, else the team that covers it. */
  private Region regionOf(Region region) {
    return regions.contains(region) ? region : regions.get(region.ordinal() % regions.size());
  }
}
