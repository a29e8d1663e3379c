package dev.crmsync.gateway.cli;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An open-loop load at a fixed rate: request i is due at {@code i / rate} seconds and its latency counts from
 * then, not from when it was sent, so a stalled server cannot hide its queueing (no coordinated omission). The
 * first seconds warm the client up (connections opened, its code compiled) and are not counted.
 */
final class PacedLoad {
  /** Latencies of one paced run. */
  record Result(double rate, int requests, int failures, double p50Millis, double p99Millis, double maxMillis) {
  }

  private static final int WARMUP_SECONDS = 3;

  private PacedLoad() {
  }

  static Result run(int port, String path, String authorization, Supplier<String> body, double rate, int seconds)
      throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
          .setDefaultPort(port).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(256));
      int warmup = (int) (rate * WARMUP_SECONDS);
      int total = warmup + (int) (rate * seconds);
      long[] latencies = new long[total];
      AtomicInteger failures = new AtomicInteger();
      CountDownLatch done = new CountDownLatch(total);
      long start = System.nanoTime();
      AtomicInteger sent = new AtomicInteger();
      vertx.setPeriodic(1, timer -> {
        long due = Math.min(total, (long) ((System.nanoTime() - start) / 1e9 * rate));
        while (sent.get() < due) {
          int i = sent.getAndIncrement();
          long scheduled = start + (long) (i / rate * 1e9);
          client.request(HttpMethod.POST, path)
              .compose(request -> request.putHeader("Content-Type", "application/json")
                  .putHeader("Authorization", authorization).send(Buffer.buffer(body.get())))
              .compose(response -> response.statusCode() == 200 ? response.body()
                  : Future.failedFuture("status " + response.statusCode()))
              .onComplete(result -> {
                latencies[i] = System.nanoTime() - scheduled;
                if (result.failed() && i >= warmup) {
                  failures.incrementAndGet();
                }
                done.countDown();
              });
        }
        if (sent.get() >= total) {
          vertx.cancelTimer(timer);
        }
      });
      done.await(WARMUP_SECONDS + seconds + 60L, TimeUnit.SECONDS);
      long[] sorted = Arrays.copyOfRange(latencies, warmup, total);
      Arrays.sort(sorted);
      return new Result(rate, sorted.length, failures.get(), millis(sorted, 0.50), millis(sorted, 0.99),
          sorted[sorted.length - 1] / 1e6);
    } finally {
      vertx.close().await(30, TimeUnit.SECONDS);
    }
  }

  private static double millis(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
