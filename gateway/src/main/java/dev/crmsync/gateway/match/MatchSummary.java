package dev.crmsync.gateway.match;

/** What a matching run did: records rematched, links written (matches and reviews), time taken. */
public record MatchSummary(int rematched, int matches, int reviews, long millis) {
}
