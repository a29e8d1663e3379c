package dev.crmsync.salesforce.limits;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Daily API requests used out of the org's limit, as {@code Sforce-Limit-Info} or {@code /limits} tell it. */
public record ApiUsage(long used, long max) {
  private static final Pattern HEADER = Pattern.compile("(?<![\\w-])api-usage=(\\d+)/(\\d+)");

  public ApiUsage {
    if (used < 0 || max <= 0) {
      throw new IllegalArgumentException("usage must be used >= 0 of max > 0, got " + used + "/" + max);
    }
  }

  /** Reads a {@code Sforce-Limit-Info} header such as {@code api-usage=18/5000; api-bursts=1/750}. */
  public static Optional<ApiUsage> fromHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher matcher = HEADER.matcher(header);
    if (!matcher.find() || Long.parseLong(matcher.group(2)) == 0) {
      return Optional.empty();
    }
    return Optional.of(new ApiUsage(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))));
  }

  /** The share of the daily limit used, from 0 upwards (above 1 when Salesforce let the org overrun). */
  public double share() {
    return (double) used / max;
  }

  @Override
  public String toString() {
    return used + "/" + max;
  }
}
