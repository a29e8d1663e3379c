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
  private static final byte[] NOT_IN_CRM = JsonBytes.ascii("\",\"status\":\"" + BadgeStatus.NOT_IN_CRM
      + "\",\"reasons\":[],\"crm\":null}");
  private static final byte[] URL = JsonBytes.ascii(",\"url\":");
  private static final byte[] NO_URL = JsonBytes.ascii("\",\"url\":null}}");
  private static final byte[] VIEW = JsonBytes.ascii(SalesforceIds.LIGHTNING_VIEW + "\"}}");
  private static final byte[] CLOSE_CRM = JsonBytes.ascii("}}");
  /** Each kind's badge up to the opening quote of its id. */
  private static final Map<ProfileKind, byte[]> KINDS = kinds();

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

  /**
   * A linked badge from the closing quote of the profile id to the opening quote of the object type: its status
   * and these stale reasons. Tables encode each once, and a badge copies the few parts between its ids.
   */
  static byte[] statusPart(List<String> staleReasons) {
    BadgeStatus status = staleReasons.isEmpty() ? BadgeStatus.IN_CRM : BadgeStatus.OUT_OF_DATE;
    return JsonBytes.start().raw(JsonBytes.ascii("\",\"status\":\"" + status + "\",\"reasons\":"))
        .strings(staleReasons).raw(JsonBytes.ascii(",\"crm\":{\"object\":\"")).bytes();
  }

  /** A linked badge from the object type to the opening quote of the record id. */
  static byte[] objectPart(String sobject) {
    return JsonBytes.start().raw(JsonBytes.escaped(sobject)).raw(JsonBytes.ascii("\",\"id\":\"")).bytes();
  }

  /**
   * A linked badge from the closing quote of the record id to where the deep link repeats it; or to the end of the
   * badge, without a link, when the instance (as {@link #instance} encodes it) is not known.
   */
  static byte[] urlPart(byte[] instance, String sobject) {
    return instance == null ? NO_URL : JsonBytes.start().raw(JsonBytes.ascii("\",\"url\":\"")).raw(instance)
        .raw(JsonBytes.ascii(SalesforceIds.LIGHTNING_RECORD_PATH)).raw(JsonBytes.escaped(sobject))
        .raw(JsonBytes.ascii("/")).bytes();
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

  /** Starts the badge of a profile whose id is known to need no escaping: the bytes of a table's record. */
  BadgeAnswer begin(ProfileKind kind, byte[] id, int at, int length) {
    kind(kind).raw(id, at, length);
    return this;
  }

  /** Starts the badge of a profile. */
  BadgeAnswer begin(ProfileKind kind, String id) {
    kind(kind).content(id);
    return this;
  }

  /** Ends a badge begun, of a profile not in the CRM. */
  void unlinked() {
    json.raw(NOT_IN_CRM);
  }

  /**
   * Ends a badge begun, of a linked profile, from parts encoded by {@link #statusPart}, {@link #objectPart} and
   * {@link #urlPart} (for this answer's instance), and the record id (JSON-plain ASCII) at {@code sfIdAt}.
   */
  void linked(byte[] status, byte[] object, byte[] sfIdBytes, int sfIdAt, int sfIdLength, byte[] url) {
    json.raw(status).raw(object).raw(sfIdBytes, sfIdAt, sfIdLength).raw(url);
    if (instance != null) {
      json.raw(sfIdBytes, sfIdAt, sfIdLength).raw(VIEW);
    }
  }

  /** Ends a badge begun, of a profile linked as strings: one changed since the tenant's links were loaded. */
  void linked(TenantLinks.Link link) {
    byte[] sfId = JsonBytes.escaped(link.sfId());
    linked(statusPart(link.staleReasons()), objectPart(link.sobject()), sfId, 0, sfId.length,
        urlPart(instance, link.sobject()));
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
    json.raw(statusPart(link.staleReasons())).raw(objectPart(crm.object())).content(crm.id()).quote().raw(URL)
        .string(crm.url()).raw(CLOSE_CRM);
  }

  /** The badge that starts here, up to its id. */
  private JsonBytes kind(ProfileKind kind) {
    if (!first) {
      json.raw(NEXT);
    }
    first = false;
    return json.raw(KINDS.get(kind));
  }

  private static Map<ProfileKind, byte[]> kinds() {
    Map<ProfileKind, byte[]> kinds = new EnumMap<>(ProfileKind.class);
    for (ProfileKind kind : ProfileKind.values()) {
      kinds.put(kind, JsonBytes.ascii("{\"kind\":\"" + kind.name() + "\",\"id\":\""));
    }
    return kinds;
  }
}
