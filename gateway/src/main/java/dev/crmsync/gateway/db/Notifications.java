package dev.crmsync.gateway.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One LISTEN connection for the channels that the gateway's in-memory copies follow, so that a change committed
 * by any node reaches every node. A lost connection is retried every second; each listener hears when its
 * channel stops and starts being followed, since changes made in between never arrive.
 */
public final class Notifications {
  private static final long RECONNECT_MILLIS = 1_000;
  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  /** What follows one channel. */
  public interface Listener {
    /** Whether notifications of the channel arrive; false until subscribed, and again while reconnecting. */
    void listening(boolean now);

    void notified(String payload);
  }

  private final PgSubscriber subscriber;

  private Notifications(PgSubscriber subscriber) {
    this.subscriber = subscriber;
  }

  /** Starts listening; the subscriber connects and retries by itself, so the caller never waits for it. */
  public static Notifications start(Vertx vertx, PgConnectOptions options, Map<String, Listener> channels) {
    PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempt -> {
      channels.values().forEach(listener -> listener.listening(false));
      return RECONNECT_MILLIS;
    });
    channels.forEach((channel, listener) -> subscriber.channel(channel)
        .subscribeHandler(subscribed -> listener.listening(true))
        .handler(listener::notified));
    subscriber.connect().onFailure(failure -> LOG.warn("not listening on {}: {}", channels.keySet(),
        failure.toString()));
    return new Notifications(subscriber);
  }

  public Future<Void> close() {
    return subscriber.close();
  }
}
