package dev.crmsync.api;

import java.util.List;

/** Badges in the order their ids were asked. */
public record Badges(List<Badge> badges) {
  public Badges {
    badges = List.copyOf(badges);
  }
}
