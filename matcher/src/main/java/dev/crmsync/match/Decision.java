package dev.crmsync.match;

import dev.crmsync.index.entry.Source;
import java.util.List;
import java.util.Objects;

/** The link of one CRM record to its single best profile, with its explanation and, for a match, stale reasons. */
public record Decision(String crmId, Source crmSource, String profileId, Verdict verdict, Origin origin,
    double score, Explanation explanation, List<StaleReason> staleReasons) {
  public Decision {
    Objects.requireNonNull(crmId, "crmId");
    Objects.requireNonNull(crmSource, "crmSource");
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(explanation, "explanation");
    staleReasons = List.copyOf(staleReasons);
  }

  Decision withStaleReasons(List<StaleReason> reasons) {
    return new Decision(crmId, crmSource, profileId, verdict, origin, score, explanation, reasons);
  }
}
