package dev.crmsync.gateway.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of this process's Vert.x event loops: what a request costs the server, a figure that a shared, noisy
 * machine disturbs far less than throughput.
 */
final class EventLoops {
  private static final String THREAD_PREFIX = "vert.x-eventloop-thread-";

  private EventLoops() {
  }

  static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (thread != null && thread.getThreadName().startsWith(THREAD_PREFIX)) {
        total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
      }
    }
    return total;
  }
}
