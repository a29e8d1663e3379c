package dev.crmsync.emulator.generate;

import java.time.LocalDate;

/**
 * Record timestamps of the generated org, between the org's creation and a fixed "now" so that output never
 * depends on the wall clock, written as the Bulk API writes them ({@code 2026-10-01T12:00:00.000Z}).
 */
final class Timestamps {
  /** 2018-01-01T00:00:00Z. */
  static final long ORG_CREATED = 1_514_764_800L;
  /** 2026-10-01T00:00:00Z: the generated org's "now". */
  static final long NOW = 1_790_812_800L;
  private static final int DAY = 86_400;

  private Timestamps() {
  }

  /** A creation time, weighted towards recent years as orgs grow. */
  static long created(Rng rng) {
    double skewed = Math.sqrt(rng.nextDouble());
    return ORG_CREATED + (long) (skewed * (NOW - ORG_CREATED));
  }

  /** A time after {@code created} and before now. */
  static long modified(long created, Rng rng) {
    return created + (long) (rng.nextDouble() * (NOW - created));
  }

  static String dateTime(long epochSecond) {
    long days = Math.floorDiv(epochSecond, DAY);
    int secondOfDay = (int) Math.floorMod(epochSecond, DAY);
    StringBuilder out = new StringBuilder(24).append(date(days)).append('T');
    two(out, secondOfDay / 3600).append(':');
    two(out, secondOfDay / 60 % 60).append(':');
    return two(out, secondOfDay % 60).append(".000Z").toString();
  }

  /** The {@code YYYY-MM-DD} date of an epoch second. */
  static String dateOf(long epochSecond) {
    return date(Math.floorDiv(epochSecond, DAY));
  }

  private static String date(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }

  private static StringBuilder two(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
