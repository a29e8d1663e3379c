package dev.crmsync.gateway.cli;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Wall-clock and process CPU time of a piece of work: on a shared machine the CPU time is the figure that
 * compares runs, the wall time the one a user waits.
 */
final class Stopwatch {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final long startedNanos = System.nanoTime();
  private final long startedCpuNanos = OS.getProcessCpuTime();
  private Duration wall;
  private Duration cpu;

  private Stopwatch() {
  }

  static Stopwatch start() {
    return new Stopwatch();
  }

  void stop() {
    wall = Duration.ofNanos(System.nanoTime() - startedNanos);
    cpu = Duration.ofNanos(OS.getProcessCpuTime() - startedCpuNanos);
  }

  Duration wall() {
    return wall;
  }

  Duration cpu() {
    return cpu;
  }
}
