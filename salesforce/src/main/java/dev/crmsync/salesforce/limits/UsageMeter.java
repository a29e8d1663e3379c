package dev.crmsync.salesforce.limits;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts the API calls one piece of work makes and keeps the org's latest reported usage. Shared by the
 * clients of a sync run; thread-safe.
 */
public final class UsageMeter {
  private final AtomicLong calls = new AtomicLong();
  private final AtomicReference<ApiUsage> latest = new AtomicReference<>();

  /** One request went to the instance; its {@code Sforce-Limit-Info} header, if any, updates the usage. */
  public void recordCall(String limitInfoHeader) {
    calls.incrementAndGet();
    ApiUsage.fromHeader(limitInfoHeader).ifPresent(this::recordUsage);
  }

  public void recordUsage(ApiUsage usage) {
    latest.set(usage);
  }

  public long calls() {
    return calls.get();
  }

  public Optional<ApiUsage> latest() {
    return Optional.ofNullable(latest.get());
  }
}
