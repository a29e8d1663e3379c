package dev.crmsync.match;

/** What a decision says about a link: linked, or close enough to be shown to a person for review. */
public enum Verdict {
  MATCH, REVIEW
}
