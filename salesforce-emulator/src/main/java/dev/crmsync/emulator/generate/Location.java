package dev.crmsync.emulator.generate;

/** Where a directory person or company is (data-formats.md §2); any part may be null. */
public record Location(String city, String state, String country, String postalCode) {
}
