package dev.crmsync.emulator.generate;

/** Sequential ids per object and for directory profiles, in the order records are made. */
final class Sequences {
  private final long[] next = new long[CrmObject.values().length];
  long duplicates;
  private long profiles;

  String next(CrmObject object) {
    return object.id(next[object.ordinal()]++);
  }

  String nextProfile() {
    return "pr" + Text.padded(++profiles, 7);
  }
}
