package dev.crmsync.emulator.faults;

/**
 * The faults the emulator injects, all off by default.
 *
 * @param latencyMillis added to every answer of the API and the login service
 * @param errorRate the share (0 to 1) of API calls answered 503 {@code SERVER_UNAVAILABLE}
 * @param dailyApiLimit API calls allowed per day; past it calls get 403 {@code REQUEST_LIMIT_EXCEEDED}
 * @param truncatedPages how many of the next Bulk results pages are cut off in the middle of a row
 * @param failBulkJobs whether new Bulk query jobs end Failed instead of JobComplete
 */
public record FaultSettings(long latencyMillis, double errorRate, long dailyApiLimit, int truncatedPages,
                            boolean failBulkJobs) {
  public FaultSettings {
    if (latencyMillis < 0) {
      throw new IllegalArgumentException("latencyMillis must not be negative: " + latencyMillis);
    }
    if (errorRate < 0 || errorRate > 1) {
      throw new IllegalArgumentException("errorRate must be between 0 and 1: " + errorRate);
    }
    if (dailyApiLimit < 0) {
      throw new IllegalArgumentException("dailyApiLimit must not be negative: " + dailyApiLimit);
    }
    if (truncatedPages < 0) {
      throw new IllegalArgumentException("truncatedPages must not be negative: " + truncatedPages);
    }
  }

  public static FaultSettings none() {
    return new FaultSettings(0, 0, 1_000_000, 0, false);
  }
}
