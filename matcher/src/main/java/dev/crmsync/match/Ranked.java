package dev.crmsync.match;

import dev.crmsync.index.entry.Entry;
import java.util.List;

/** A CRM entry and its scored candidates, best first. */
public record Ranked(Entry crm, List<Scored> candidates) {
  public Ranked {
    candidates = List.copyOf(candidates);
  }
}
