package dev.crmsync.gateway.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap left after any garbage collection while it is open: what a run really keeps alive. The sum of
 * each pool's peak, the other figure benchmarks print, also counts young garbage and so follows mostly -Xmx.
 */
final class LiveHeap implements AutoCloseable {
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peak = new AtomicLong();
  private final NotificationListener listener = this::collected;
  private final List<NotificationEmitter> emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
      .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();

  LiveHeap() {
    emitters.forEach(emitter -> emitter.addNotificationListener(listener, null, null));
  }

  /** The largest heap after a collection so far, in bytes (0 before the first collection). */
  long peakBytes() {
    return peak.get();
  }

  private void collected(Notification notification, Object handback) {
    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
          (CompositeData) notification.getUserData());
      long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
          .filter(pool -> heapPools.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
      peak.accumulateAndGet(used, Math::max);
    }
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // never added to this one: nothing to remove
      }
    }
  }
}
