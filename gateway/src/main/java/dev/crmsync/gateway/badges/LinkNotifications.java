package dev.crmsync.gateway.badges;

import dev.crmsync.api.ProfileIds;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on the channel the triggers of {@code V5_3__match_notifications.sql} notify after every change of
 * {@code crm_match} (and of a tenant's instance URL), and hands each change to {@link CrmLinks}: the profiles
 * named are re-read, a bare tenant id reloads that tenant. A lost connection is retried every second; until
 * it is back, {@link CrmLinks} answers from PostgreSQL.
 */
public final class LinkNotifications {
  static final String CHANNEL = "crm_match_changed";
  private static final long RECONNECT_MILLIS = 1_000;
  private static final Logger LOG = LoggerFactory.getLogger(LinkNotifications.class);

  private LinkNotifications() {
  }

  /** Starts listening; the subscriber retries by itself, so the gateway never waits for it. */
  public static PgSubscriber listen(Vertx vertx, PgConnectOptions options, CrmLinks links) {
    PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempt -> {
      links.listening(false);
      return RECONNECT_MILLIS;
    });
    subscriber.channel(CHANNEL)
        .subscribeHandler(subscribed -> links.listening(true))
        .handler(payload -> dispatch(links, payload));
    subscriber.connect().onFailure(failure -> LOG.warn("not listening on {}: {}", CHANNEL, failure.toString()));
    return subscriber;
  }

  /** {@code "<tenant id>"} or {@code "<tenant id> PERSON:<id> COMPANY:<id> ..."}. */
  static void dispatch(CrmLinks links, String payload) {
    String[] words = payload.split(" ");
    UUID tenant;
    try {
      tenant = UUID.fromString(words[0]);
    } catch (IllegalArgumentException e) {
      LOG.warn("ignored a notification on {} that names no tenant: {}", CHANNEL, payload);
      return;
    }
    if (words.length == 1) {
      links.reload(tenant);
      return;
    }
    List<String> people = new ArrayList<>();
    List<String> companies = new ArrayList<>();
    for (int i = 1; i < words.length; i++) {
      // a profile id may hold colons itself; the kind is what comes before the first
      String[] kindAndId = words[i].split(":", 2);
      if (kindAndId.length < 2) {
        links.reload(tenant);
        return;
      }
      switch (kindAndId[0]) {
        case "PERSON" -> people.add(kindAndId[1]);
        case "COMPANY" -> companies.add(kindAndId[1]);
        default -> {
          links.reload(tenant);
          return;
        }
      }
    }
    links.refresh(tenant, new ProfileIds(people, companies));
  }
}
