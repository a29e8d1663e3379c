package dev.crmsync.gateway.badges;

import dev.crmsync.api.CrmRef;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.badges.CrmLinks.ProfileLink;
import dev.crmsync.gateway.web.SalesforceIds;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One tenant's MATCH links held in memory, by profile: what badges read instead of PostgreSQL. Readers on any
 * event loop and the one writer applying changes share it; deep links are built on lookup from the instance URL.
 */
final class TenantLinks {
  /** The CRM side of a link; {@code sobject} strings are interned, since a handful of them repeat a million times. */
  record Link(String sobject, String sfId, List<String> staleReasons) {
    Link {
      sobject = sobject.intern();
      staleReasons = staleReasons.isEmpty() ? List.of() : List.copyOf(staleReasons);
    }
  }

  private final String instanceUrl;
  private final Map<String, Link> people;
  private final Map<String, Link> companies;

  TenantLinks(String instanceUrl, int expectedLinks) {
    this.instanceUrl = instanceUrl;
    this.people = new ConcurrentHashMap<>(expectedLinks);
    this.companies = new ConcurrentHashMap<>(Math.max(16, expectedLinks / 4));
  }

  ProfileLink lookup(ProfileKind kind, String profileId) {
    Link link = map(kind).get(profileId);
    return link == null ? CrmLinks.unlinked(kind, profileId) : new ProfileLink(kind, profileId,
        new CrmRef(link.sobject(), link.sfId(), SalesforceIds.lightningUrl(instanceUrl, link.sobject(), link.sfId())),
        link.staleReasons());
  }

  void put(ProfileKind kind, String profileId, Link link) {
    map(kind).put(profileId, link);
  }

  /** Takes over what PostgreSQL now says of the profile: its link, or none. */
  void apply(ProfileLink current) {
    if (current.crm() == null) {
      map(current.kind()).remove(current.id());
    } else {
      put(current.kind(), current.id(), new Link(current.crm().object(), current.crm().id(), current.staleReasons()));
    }
  }

  int size() {
    return people.size() + companies.size();
  }

  private Map<String, Link> map(ProfileKind kind) {
    return kind == ProfileKind.PERSON ? people : companies;
  }
}
