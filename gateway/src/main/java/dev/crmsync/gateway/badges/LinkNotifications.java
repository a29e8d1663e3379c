package dev.crmsync.gateway.badges;

import dev.crmsync.api.ProfileIds;
import dev.crmsync.gateway.db.Notifications;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the channel the triggers of {@code V5_3__match_notifications.sql} notify after every change of
 * {@code crm_match} (and of a tenant's instance URL), and hands each change to {@link CrmLinks}: the profiles
 * named are re-read, a bare tenant id reloads that tenant. While the channel is not followed, {@link CrmLinks}
 * answers from PostgreSQL.
 */
public final class LinkNotifications implements Notifications.Listener {
  public static final String CHANNEL = "crm_match_changed";
  private static final Logger LOG = LoggerFactory.getLogger(LinkNotifications.class);

  private final CrmLinks links;

  public LinkNotifications(CrmLinks links) {
    this.links = links;
  }

  @Override
  public void listening(boolean now) {
    links.listening(now);
  }

  /** {@code "<tenant id>"} or {@code "<tenant id> PERSON:<id> COMPANY:<id> ..."}. */
  @Override
  public void notified(String payload) {
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
