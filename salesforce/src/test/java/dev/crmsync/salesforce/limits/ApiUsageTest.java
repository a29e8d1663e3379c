package dev.crmsync.salesforce.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiUsageTest {

  @Test
  void readsTheLimitInfoHeaderWithOrWithoutBursts() {
    assertThat(ApiUsage.fromHeader("api-usage=18/5000")).contains(new ApiUsage(18, 5000));
    assertThat(ApiUsage.fromHeader("api-usage=2500/5000; api-bursts=1/750")).contains(new ApiUsage(2500, 5000));
    assertThat(ApiUsage.fromHeader(null)).isEmpty();
    assertThat(ApiUsage.fromHeader("per-app-api-usage=1/10")).isEmpty();
  }

  @Test
  void theBudgetIsExhaustedFromItsShareOnwardAndNeverOnUnknownUsage() {
    ApiBudget half = new ApiBudget(0.5);
    UsageMeter meter = new UsageMeter();
    assertThat(half.exhausted(meter)).isFalse();
    meter.recordCall("api-usage=2499/5000");
    assertThat(half.exhausted(meter)).isFalse();
    meter.recordCall("api-usage=2500/5000");
    assertThat(half.exhausted(meter)).isTrue();
    assertThat(meter.calls()).isEqualTo(2);
  }
}
