package dev.crmsync.gateway.cli;

import java.nio.file.Path;

/**
 * Two endpoints measured with wrk in slices, taking turns, so that a change in a shared machine's load falls on
 * both rather than on whichever ran second.
 */
record WrkTurns(Slices baseline, Slices measured) {
  /** Each endpoint for {@code seconds} in all, in {@code rounds} slices, the baseline first in each round. */
  static WrkTurns take(String baseline, String measured, Path script, int connections, int seconds, int rounds)
      throws Exception {
    int slice = Math.max(1, seconds / rounds);
    WrkTurns turns = new WrkTurns(new Slices(), new Slices());
    for (int round = 0; round < rounds; round++) {
      turns.baseline().run(baseline, script, connections, slice);
      turns.measured().run(measured, script, connections, slice);
    }
    return turns;
  }

  /**
   * One endpoint's slices: requests per second over all of them, the mean of their medians, the highest of their
   * p99s (wrk cannot merge its histograms, so the worst slice stands for the run), and event-loop CPU.
   */
  static final class Slices {
    private double requests;
    private double seconds;
    private double p50Sum;
    private double p99Max;
    private long failed;
    private long cpuNanos;
    private int count;

    void run(String url, Path script, int connections, int slice) throws Exception {
      long cpu = EventLoops.cpuNanos();
      Wrk.Result result = Wrk.run(url, script, connections, slice);
      cpuNanos += EventLoops.cpuNanos() - cpu;
      requests += result.requestsPerSecond() * slice;
      seconds += slice;
      p50Sum += result.p50Millis();
      p99Max = Math.max(p99Max, result.p99Millis());
      failed += result.failed();
      count++;
    }

    Wrk.Result total() {
      return new Wrk.Result(requests / seconds, p50Sum / count, p99Max, failed);
    }

    /** Event-loop CPU per request, in microseconds. */
    double cpuMicrosPerRequest() {
      return cpuNanos / requests / 1000;
    }
  }
}
