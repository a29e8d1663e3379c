package dev.crmsync.gateway.badges;

import dev.crmsync.api.ProfileIds;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.badges.CrmLinks.ProfileLink;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One tenant's MATCH links held in memory, by profile: what badges read instead of PostgreSQL. The links as
 * loaded sit in read-only tables; changes since then sit in small maps that lookups consult first, until there
 * are so many that the tenant is loaded again. Readers on any event loop and the one writer applying changes
 * share it; deep links are built on lookup from the instance URL.
 */
final class TenantLinks {
  /** Past this many changed profiles, loading the tenant again costs less than keeping them aside. */
  private static final int MAX_CHANGED = 10_000;

  /** The CRM side of a link. */
  record Link(String sobject, String sfId, List<String> staleReasons) {
    Link {
      staleReasons = List.copyOf(staleReasons);
    }
  }

  private final String instanceUrl;
  /** The same as badges write it, encoded once. */
  private final byte[] instanceJson;
  private final LinkTable people;
  private final LinkTable companies;
  private final Map<String, Optional<Link>> changedPeople = new ConcurrentHashMap<>();
  private final Map<String, Optional<Link>> changedCompanies = new ConcurrentHashMap<>();

  private TenantLinks(String instanceUrl, byte[] instanceJson, LinkTable people, LinkTable companies) {
    this.instanceUrl = instanceUrl;
    this.instanceJson = instanceJson;
    this.people = people;
    this.companies = companies;
  }

  ProfileLink lookup(ProfileKind kind, String profileId) {
    Map<String, Optional<Link>> changed = changed(kind);
    Optional<Link> change = changed.isEmpty() ? null : changed.get(profileId);
    Link link = change != null ? change.orElse(null) : table(kind).get(profileId);
    return link == null ? CrmLinks.unlinked(kind, profileId)
        : CrmLinks.linked(kind, profileId, link.sobject(), link.sfId(), instanceUrl, link.staleReasons());
  }

  /** The badge answer for these ids, written from the tables without building a link. */
  Buffer badges(ProfileIds ids) {
    BadgeAnswer answer = new BadgeAnswer(instanceJson);
    people.touch(ids.people());
    companies.touch(ids.companies());
    ids.people().forEach(id -> badge(answer, ProfileKind.PERSON, id));
    ids.companies().forEach(id -> badge(answer, ProfileKind.COMPANY, id));
    return answer.end();
  }

  private void badge(BadgeAnswer answer, ProfileKind kind, String profileId) {
    Map<String, Optional<Link>> changed = changed(kind);
    Optional<Link> change = changed.isEmpty() ? null : changed.get(profileId);
    if (change != null) {
      BadgeAnswer badge = answer.begin(kind, profileId);
      change.ifPresentOrElse(badge::linked, badge::unlinked);
    } else if (!table(kind).writeBadge(kind, profileId, answer)) {
      answer.begin(kind, profileId).unlinked();
    }
  }

  /** Takes over what PostgreSQL now says of the profile: its link, or none. */
  void apply(ProfileLink current) {
    changed(current.kind()).put(current.id(), current.crm() == null ? Optional.empty()
        : Optional.of(new Link(current.crm().object(), current.crm().id(), current.staleReasons())));
  }

  /** Whether so many profiles changed since the load that the tenant should be loaded again. */
  boolean worthReloading() {
    return changedPeople.size() + changedCompanies.size() > MAX_CHANGED;
  }

  int size() {
    return size(people, changedPeople) + size(companies, changedCompanies);
  }

  private static int size(LinkTable loaded, Map<String, Optional<Link>> changed) {
    int size = loaded.size();
    for (Map.Entry<String, Optional<Link>> change : changed.entrySet()) {
      boolean wasLinked = loaded.get(change.getKey()) != null;
      size += (change.getValue().isPresent() ? 1 : 0) - (wasLinked ? 1 : 0);
    }
    return size;
  }

  private Map<String, Optional<Link>> changed(ProfileKind kind) {
    return kind == ProfileKind.PERSON ? changedPeople : changedCompanies;
  }

  private LinkTable table(ProfileKind kind) {
    return kind == ProfileKind.PERSON ? people : companies;
  }

  /** Collects the links of a load; not thread-safe, and nobody reads them before {@link #build}. */
  static final class Builder {
    private final String instanceUrl;
    private final LinkTable.Builder people;
    private final LinkTable.Builder companies;

    Builder(String instanceUrl, int expectedLinks) {
      this.instanceUrl = instanceUrl;
      // most links are people's; the company table grows if needed
      this.people = new LinkTable.Builder(expectedLinks);
      this.companies = new LinkTable.Builder(expectedLinks / 4);
    }

    Builder put(ProfileKind kind, String profileId, Link link) {
      (kind == ProfileKind.PERSON ? people : companies).put(profileId, link);
      return this;
    }

    TenantLinks build() {
      byte[] instanceJson = BadgeAnswer.instance(instanceUrl);
      return new TenantLinks(instanceUrl, instanceJson, people.build(instanceJson), companies.build(instanceJson));
    }
  }
}
