package dev.crmsync.match;

import dev.crmsync.index.entry.Source;
import dev.crmsync.match.compare.Field;
import dev.crmsync.match.compare.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One-to-one assignment: manual pins first, then greedy by descending score ("unique mapping"), so a profile
 * links to at most one record and a record to at most one profile. When one person is both a Lead and a Contact
 * (or Person Account), both confidently matching the profile, the Contact gets the link even if the Lead scored
 * higher.
 */
final class Assignment {
  static final String CONTACT_PREFERRED = "a Contact is the converted record, attached to its Account, where "
      + "sellers work and where writebacks belong";

  private static final Set<Level> COMPANY_AGREES = EnumSet.of(Level.EXACT, Level.ACRONYM, Level.SIMILAR);

  private final Thresholds thresholds;

  Assignment(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * Greedy order: the higher score first, then a Contact before a Lead, then by record and profile id. The pairs
   * of a run are millions: the score and kind are kept in the pair, where the sort reads them without following
   * the pair's record and candidate.
   */
  private static final Comparator<Pair> GREEDY_ORDER = Comparator.comparingDouble((Pair p) -> -p.score())
      .thenComparing(Pair::lead)
      .thenComparing(p -> p.record().crm().id())
      .thenComparing(p -> p.candidate().profileId());

  private record Pair(Ranked record, Scored candidate, double score, boolean lead) {
    Pair(Ranked record, Scored candidate) {
      this(record, candidate, candidate.score(), record.crm().source() == Source.LEAD);
    }
  }

  /**
   * Decisions for the ranked records. {@code heldProfiles} are profiles linked to records outside this batch
   * (they stay linked); overrides are given oldest first.
   */
  List<Decision> assign(List<Ranked> records, List<ManualOverride> overrides, Set<String> heldProfiles) {
    Overrides folded = Overrides.of(overrides);
    Set<String> taken = new HashSet<>(heldProfiles);
    Set<String> linked = new HashSet<>();
    List<Decision> decisions = new ArrayList<>();
    for (Ranked record : records) {
      ManualOverride pin = folded.pinned().get(record.crm().id());
      if (pin != null) {
        decisions.add(pinned(record, pin));
        taken.add(pin.profileId());
        linked.add(record.crm().id());
      }
    }
    List<Pair> pairs = pairs(records, folded, taken);
    Map<String, List<Pair>> claims = new HashMap<>();
    for (Pair pair : pairs) {
      if (pair.score() >= thresholds.match()) {
        claims.computeIfAbsent(pair.candidate().profileId(), id -> new ArrayList<>()).add(pair);
      }
    }
    for (Pair next : pairs) {
      if (linked.contains(next.record().crm().id()) || taken.contains(next.candidate().profileId())) {
        continue;
      }
      Pair pair = next.lead() ? samePersonsContact(next, claims, linked).orElse(next) : next;
      linked.add(pair.record().crm().id());
      taken.add(pair.candidate().profileId());
      decisions.add(modelDecision(pair, folded, heldProfiles, claims));
    }
    return decisions;
  }

  /**
   * A Contact (or Person Account) still unlinked that is confidently the same person as the Lead about to take
   * the profile: the profile is its best candidate, above the match threshold, with no disagreeing name, and
   * scoring at least half the Lead's score (a namesake scores far less than the person's own records).
   */
  private static Optional<Pair> samePersonsContact(Pair lead, Map<String, List<Pair>> claims, Set<String> linked) {
    return claims.getOrDefault(lead.candidate().profileId(), List.of()).stream()
        .filter(claim -> claim.record().crm().source() != Source.LEAD)
        .filter(claim -> !linked.contains(claim.record().crm().id()))
        .filter(claim -> claim.record().candidates().getFirst() == claim.candidate())
        .filter(claim -> claim.candidate().contributions().stream().noneMatch(Assignment::disagreeingName))
        .filter(claim -> claim.candidate().score() >= lead.candidate().score() / 2)
        .findFirst();
  }

  /**
   * Whether the evidence could as well describe a colleague: the family name disagrees while the employer
   * agrees, and no personal contact point (e-mail, phone) agrees. Colleagues share every company and place
   * field, so their sum can pass the threshold on its own.
   */
  private static boolean colleagueOnly(List<Contribution> contributions) {
    Map<Field, Level> levels = new EnumMap<>(Field.class);
    contributions.forEach(c -> levels.put(c.field(), c.level()));
    boolean familyDiffers = levels.get(Field.FAMILY) == Level.DIFFERENT;
    boolean companyAgrees = COMPANY_AGREES.contains(levels.get(Field.COMPANY))
        || levels.get(Field.DOMAIN) == Level.EXACT;
    boolean contactAgrees = levels.get(Field.EMAIL) == Level.EXACT || levels.get(Field.PHONE) == Level.EXACT;
    return familyDiffers && companyAgrees && !contactAgrees;
  }

  private static boolean disagreeingName(Contribution contribution) {
    return (contribution.field() == Field.GIVEN || contribution.field() == Field.FAMILY)
        && contribution.level() == Level.DIFFERENT;
  }

  private List<Pair> pairs(List<Ranked> records, Overrides folded, Set<String> taken) {
    List<Pair> pairs = new ArrayList<>();
    for (Ranked record : records) {
      for (Scored candidate : record.candidates()) {
        if (candidate.score() >= thresholds.review() && !taken.contains(candidate.profileId())
            && !folded.isRejected(record.crm().id(), candidate.profileId())) {
          pairs.add(new Pair(record, candidate));
        }
      }
    }
    pairs.sort(GREEDY_ORDER);
    return pairs;
  }

  private Decision modelDecision(Pair pair, Overrides folded, Set<String> heldProfiles,
      Map<String, List<Pair>> claims) {
    Ranked record = pair.record();
    Scored best = pair.candidate();
    RunnerUp runnerUp = record.candidates().stream()
        .filter(c -> !c.profileId().equals(best.profileId()) && !heldProfiles.contains(c.profileId())
            && !folded.isRejected(record.crm().id(), c.profileId()))
        .findFirst().map(c -> new RunnerUp(c.profileId(), c.score())).orElse(null);
    List<String> notes = new ArrayList<>();
    boolean clearOfRunnerUp = runnerUp == null || best.score() - runnerUp.score() >= thresholds.margin();
    if (!clearOfRunnerUp) {
      notes.add("runner-up " + runnerUp.profileId() + " is within the margin: sent to review");
    }
    if (record.crm().source() != Source.LEAD) {
      claims.getOrDefault(best.profileId(), List.of()).stream()
          .filter(other -> other.record().crm().source() == Source.LEAD)
          .forEach(lead -> notes.add("Lead " + lead.record().crm().id() + " also matches this profile (score "
              + Math.round(lead.candidate().score() * 10) / 10.0 + "); the Contact is linked: " + CONTACT_PREFERRED));
    }
    List<Contribution> contributions = best.contributions(); // worked out again: once, for both uses
    boolean colleague = record.crm().isPerson() && colleagueOnly(contributions);
    if (colleague) {
      notes.add("same company but another family name, and no e-mail or phone agrees: maybe a colleague, sent "
          + "to review");
    }
    Verdict verdict = best.score() >= thresholds.match() && clearOfRunnerUp && !colleague ? Verdict.MATCH
        : Verdict.REVIEW;
    Explanation explanation = new Explanation(contributions, best.score(), thresholds, runnerUp, notes);
    return new Decision(record.crm().id(), record.crm().source(), best.profileId(), verdict, Origin.MODEL,
        best.score(), explanation, List.of());
  }

  private Decision pinned(Ranked record, ManualOverride pin) {
    String note = "pinned by " + pin.action() + ": a manual decision, never undone by the model";
    Explanation explanation = record.candidates().stream()
        .filter(c -> c.profileId().equals(pin.profileId()))
        .findFirst()
        .map(c -> new Explanation(c.contributions(), c.score(), thresholds, null, List.of(note)))
        .orElseGet(() -> Explanation.manual(thresholds, note));
    return new Decision(record.crm().id(), record.crm().source(), pin.profileId(), Verdict.MATCH, Origin.MANUAL,
        explanation.total(), explanation, List.of());
  }
}
