package dev.crmsync.gateway.cli;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * Wall-clock and CPU time of a piece of work: on a shared machine CPU time is the figure that compares runs,
 * wall time the one a user waits; the CPU time of the calling thread is the critical path when the work's other
 * threads have cores of their own.
 */
final class Stopwatch {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long startedNanos = System.nanoTime();
  private final long startedCpuNanos = OS.getProcessCpuTime();
  private final long startedThreadCpuNanos = THREADS.getCurrentThreadCpuTime();
  private Duration wall;
  private Duration cpu;
  private Duration threadCpu;

  private Stopwatch() {
  }

  static Stopwatch start() {
    return new Stopwatch();
  }

  void stop() {
    wall = Duration.ofNanos(System.nanoTime() - startedNanos);
    cpu = Duration.ofNanos(OS.getProcessCpuTime() - startedCpuNanos);
    threadCpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - startedThreadCpuNanos);
  }

  Duration wall() {
    return wall;
  }

  /** CPU time of the whole process: every thread, JIT and garbage collection included. */
  Duration cpu() {
    return cpu;
  }

  /** CPU time of the thread that started and stopped the watch. */
  Duration threadCpu() {
    return threadCpu;
  }
}
