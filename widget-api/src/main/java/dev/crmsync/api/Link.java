package dev.crmsync.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The profile a CRM record is linked to, with where the link comes from, how sure it is and why, and what in
 * the CRM looks out of date. {@code decision} is MATCH, REVIEW (close, not certain) or CONFIRMED (by a user).
 */
public record Link(LinkSource source, String decision, Double score, Confidence confidence, List<Evidence> evidence,
    List<String> staleReasons, Instant decidedAt, String decidedBy, Profile profile) {
  public Link {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(profile, "profile");
    evidence = List.copyOf(evidence);
    staleReasons = List.copyOf(staleReasons);
  }
}
