package dev.crmsync.salesforce.limits;

/**
 * How much of the org's daily API limit our sync may use: once the reported usage reaches {@code maxShare} the
 * sync stops, so that the org's own integrations keep the rest.
 */
public record ApiBudget(double maxShare) {
  public ApiBudget {
    if (!(maxShare > 0 && maxShare <= 1)) {
      throw new IllegalArgumentException("maxShare must be in (0, 1], got " + maxShare);
    }
  }

  /** True when the latest usage the meter saw has reached the share; unknown usage is not exhausted. */
  public boolean exhausted(UsageMeter meter) {
    return meter.latest().map(usage -> usage.share() >= maxShare).orElse(false);
  }
}
