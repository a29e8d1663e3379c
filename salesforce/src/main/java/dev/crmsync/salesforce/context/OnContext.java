package dev.crmsync.salesforce.context;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.function.Supplier;

/**
 * Runs an HTTP exchange on one Vert.x context. A request started from a thread outside Vert.x (a sync thread)
 * gets its response events on the connection's event loop while its futures' callbacks are queued as separate
 * tasks, so a short answer can end before a callback attaches its body handler, and that body never arrives.
 * Started on a context, callbacks run in line with the response events.
 */
public final class OnContext {
  private OnContext() {
  }

  public static <T> Future<T> run(Context context, Supplier<Future<T>> exchange) {
    Promise<T> result = Promise.promise();
    context.runOnContext(v -> {
      try {
        exchange.get().onComplete(result);
      } catch (RuntimeException e) {
        result.fail(e);
      }
    });
    return result.future();
  }
}
