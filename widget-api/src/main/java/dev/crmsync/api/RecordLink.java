package dev.crmsync.api;

import java.util.List;
import java.util.Objects;

/**
 * A CRM record and its link. The {@code subject} is the record the link belongs to: the record itself, or for
 * an opportunity its account. {@code link} is null when nothing is linked or suggested.
 */
public record RecordLink(CrmRecord record, CrmRecord subject, Link link, List<String> rejectedProfileIds) {
  public RecordLink {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(subject, "subject");
    rejectedProfileIds = List.copyOf(rejectedProfileIds);
  }
}
