package dev.crmsync.match;

/** The best other candidate of a record, and how far behind it scored. */
public record RunnerUp(String profileId, double score) {
}
