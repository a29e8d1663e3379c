package dev.crmsync.api;

/** Where a profile is; any part may be unknown. */
public record Location(String city, String state, String country) {
}
