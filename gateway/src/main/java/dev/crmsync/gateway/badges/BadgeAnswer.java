package dev.crmsync.gateway.badges;

import dev.crmsync.api.BadgeStatus;
import dev.crmsync.api.CrmRef;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.badges.CrmLinks.ProfileLink;
import dev.crmsync.gateway.web.JsonBytes;
import dev.crmsync.gateway.web.SalesforceIds;
import io.vertx.core.buffer.Buffer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /badges}, the document's {@code Badges}, written as JSON bytes without building its
 * records: at 25 ids per call, serializing the records was about a fifth of a call. Links held in memory are
 * written from bytes encoded when they were loaded ({@link LinkTable}), so a badge allocates nothing. It writes
 * what Jackson writes for {@code dev.crmsync.api.Badges}, field for field (a test holds them together).
 */
final class BadgeAnswer {
  private static final byte[] START = JsonBytes.ascii("{\"badges\":[");
  private static final byte[] END = JsonBytes.ascii("]}");
  private static final byte[] NEXT = JsonBytes.ascii(",");
  private static final byte[] KIND = JsonBytes.ascii("{\"kind\":");
  private static final byte[] ID = JsonBytes.ascii(",\"id\":");
  private static final byte[] STATUS = JsonBytes.ascii(",\"status\":");
  private static final byte[] REASONS = JsonBytes.ascii(",\"reasons\":");
  private static final byte[] NO_REASONS = JsonBytes.ascii("[]");
  private static final byte[] NO_CRM = JsonBytes.ascii(",\"crm\":null}");
  private static final byte[] OBJECT = JsonBytes.ascii(",\"crm\":{\"object\":");
  private static final byte[] URL = JsonBytes.ascii(",\"url\":");
  private static final byte[] RECORD_PATH = JsonBytes.ascii(SalesforceIds.LIGHTNING_RECORD_PATH);
  private static final byte[] SLASH = JsonBytes.ascii("/");
  private static final byte[] VIEW = JsonBytes.ascii(SalesforceIds.LIGHTNING_VIEW);
  private static final byte[] NO_URL = JsonBytes.ascii("null");
  private static final byte[] CLOSE_CRM = JsonBytes.ascii("}}");
  private static final Map<ProfileKind, byte[]> KINDS = quoted(ProfileKind.class);
  private static final Map<BadgeStatus, byte[]> STATUSES = quoted(BadgeStatus.class);

  private final JsonBytes json;
  private final byte[] instance;
  private boolean first = true;

  /**
   * An answer whose deep links lead to {@code instance}, as {@link #instance} encodes it (null when the instance is
   * not known), written on this thread until {@link #end}.
   */
  BadgeAnswer(byte[] instance) {
    this.json = JsonBytes.scratch().raw(START);
    this.instance = instance;
  }

  /** A tenant's instance URL as deep links start with it, in JSON between quotes; null when it is not known. */
  static byte[] instance(String instanceUrl) {
    String base = SalesforceIds.lightningBase(instanceUrl);
    return base == null ? null : JsonBytes.escaped(base);
  }

  /** The answer for links read from PostgreSQL, whose deep links are built already. */
  static Buffer of(List<ProfileLink> links) {
    BadgeAnswer answer = new BadgeAnswer(null);
    links.forEach(answer::badge);
    return answer.end();
  }

  static BadgeStatus status(ProfileLink link) {
    return link.crm() == null ? BadgeStatus.NOT_IN_CRM
        : link.staleReasons().isEmpty() ? BadgeStatus.IN_CRM : BadgeStatus.OUT_OF_DATE;
  }

  /** Starts the badge of a profile whose id is known to need no escaping: the bytes of a table entry. */
  BadgeAnswer begin(ProfileKind kind, byte[] id, int at, int length) {
    kind(kind).quote().raw(id, at, length).quote();
    return this;
  }

  /** Starts the badge of a profile. */
  BadgeAnswer begin(ProfileKind kind, String id) {
    kind(kind).string(id);
    return this;
  }

  /** Ends a badge begun, of a profile not in the CRM. */
  void unlinked() {
    status(BadgeStatus.NOT_IN_CRM).raw(NO_REASONS).raw(NO_CRM);
  }

  /**
   * Ends a badge begun, of a linked profile, from encoded parts: the object type as JSON between quotes, the
   * record id (JSON-plain ASCII) at {@code sfIdAt} in {@code sfIdBytes}, and the stale reasons as a JSON array.
   */
  void linked(byte[] sobject, byte[] sfIdBytes, int sfIdAt, int sfIdLength, byte[] reasons, boolean stale) {
    status(stale ? BadgeStatus.OUT_OF_DATE : BadgeStatus.IN_CRM).raw(reasons).raw(OBJECT).quote().raw(sobject)
        .quote().raw(ID).quote().raw(sfIdBytes, sfIdAt, sfIdLength).quote().raw(URL);
    if (instance == null) {
      json.raw(NO_URL);
    } else {
      json.quote().raw(instance).raw(RECORD_PATH).raw(sobject).raw(SLASH).raw(sfIdBytes, sfIdAt, sfIdLength)
          .raw(VIEW).quote();
    }
    json.raw(CLOSE_CRM);
  }

  /** Ends a badge begun, of a profile linked as strings: one changed since the tenant's links were loaded. */
  void linked(TenantLinks.Link link) {
    byte[] sfId = JsonBytes.escaped(link.sfId());
    linked(JsonBytes.escaped(link.sobject()), sfId, 0, sfId.length, JsonBytes.array(link.staleReasons()),
        !link.staleReasons().isEmpty());
  }

  Buffer end() {
    return json.raw(END).buffer();
  }

  private void badge(ProfileLink link) {
    begin(link.kind(), link.id());
    CrmRef crm = link.crm();
    if (crm == null) {
      unlinked();
      return;
    }
    status(status(link)).strings(link.staleReasons())
        .raw(OBJECT).string(crm.object()).raw(ID).string(crm.id()).raw(URL).string(crm.url()).raw(CLOSE_CRM);
  }

  /** The kind of the badge that starts here, up to the id. */
  private JsonBytes kind(ProfileKind kind) {
    if (!first) {
      json.raw(NEXT);
    }
    first = false;
    return json.raw(KIND).raw(KINDS.get(kind)).raw(ID);
  }

  private JsonBytes status(BadgeStatus status) {
    return json.raw(STATUS).raw(STATUSES.get(status)).raw(REASONS);
  }

  private static <E extends Enum<E>> Map<E, byte[]> quoted(Class<E> type) {
    Map<E, byte[]> quoted = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      quoted.put(value, JsonBytes.ascii("\"" + value.name() + "\""));
    }
    return quoted;
  }
}
