package dev.crmsync.gateway.cli;

import com.sun.management.OperatingSystemMXBean;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.match.BatchMatch;
import dev.crmsync.match.Thresholds;
import dev.crmsync.match.Verdict;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm-sync match-benchmark}: indexes N synthetic directory people and matches N CRM records against them,
 * printing records per second (by wall clock and per CPU-second, as the machine may be shared) and peak heap,
 * next to a baseline measured in the same run on the same records: an exact e-mail hash join, the least any
 * matcher does.
 */
@Command(name = "match-benchmark", mixinStandardHelpOptions = true,
    description = "Index and match N CRM records against N directory people; print speed and memory.")
final class MatchBenchmarkCommand implements Callable<Integer> {
  @Option(names = "--records", defaultValue = "100000", description = "N (default ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic data (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    SyntheticPeople.World world = SyntheticPeople.make(records, seed);
    System.out.printf("synthetic: %,d directory people, %,d CRM records, %d cores%n", world.people().size(),
        world.crm().size(), Runtime.getRuntime().availableProcessors());
    resetPeaks();
    long baselineStart = System.nanoTime();
    long baselineCpu = cpuNanos();
    int baselineLinks = emailJoin(world);
    report("baseline: exact e-mail hash join", world.crm().size(), System.nanoTime() - baselineStart,
        cpuNanos() - baselineCpu, baselineLinks);
    Path index = Files.createTempDirectory("crm-sync-bench-index");
    long start = System.nanoTime();
    long cpu = cpuNanos();
    BatchMatch.Result result;
    LiveHeap liveHeap = new LiveHeap();
    try (liveHeap) {
      result = new BatchMatch(Nicknames.bundled(), Thresholds.DEFAULT, 10)
          .run(world.crm(), world.people(), List.of(), index, List.of());
    }
    long links = result.decisions().stream().filter(d -> d.verdict() == Verdict.MATCH).count();
    report("matcher: index + fit + candidates + score + 1:1", world.crm().size(), System.nanoTime() - start,
        cpuNanos() - cpu, links);
    System.out.printf("  of which indexing %,d ms, matching %,d ms (%,.0f records/s)%n", result.indexMillis(),
        result.matchMillis(), world.crm().size() / (result.matchMillis() / 1000.0));
    System.out.printf("peak heap: %,d MB (max %,d MB); live heap, the largest after a collection: %,d MB%n",
        peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20, liveHeap.peakBytes() >> 20);
    TempFolders.delete(index);
    return 0;
  }

  private static int emailJoin(SyntheticPeople.World world) {
    Map<String, String> byEmail = new HashMap<>();
    for (Entry person : world.people()) {
      person.emails().forEach(e -> byEmail.put(e, person.id()));
    }
    int links = 0;
    for (Entry record : world.crm()) {
      for (String email : record.emails()) {
        if (byEmail.containsKey(email)) {
          links++;
          break;
        }
      }
    }
    return links;
  }

  private static void report(String what, int count, long nanos, long cpuNanos, long links) {
    System.out.printf("%-48s %,10d records in %,8d ms = %,10.0f records/s wall, %,10.0f per CPU-second; %,d links%n",
        what, count, nanos / 1_000_000, count / (nanos / 1e9), count / Math.max(cpuNanos / 1e9, 1e-9), links);
  }

  private static long cpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
