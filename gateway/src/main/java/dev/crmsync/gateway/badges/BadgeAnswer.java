package dev.crmsync.gateway.badges;

import dev.crmsync.api.BadgeStatus;
import dev.crmsync.api.CrmRef;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.badges.CrmLinks.ProfileLink;
import dev.crmsync.gateway.web.JsonBytes;
import io.vertx.core.buffer.Buffer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /badges}, the document's {@code Badges}, written as JSON bytes without building its
 * records: at 25 ids per call, serializing the records was about a fifth of a call. It writes what Jackson writes
 * for {@code dev.crmsync.api.Badges}, field for field (a test holds them together).
 */
final class BadgeAnswer {
  /** Most badges of a linked profile take under 200 bytes. */
  private static final int BYTES_PER_BADGE = 200;
  private static final byte[] START = JsonBytes.ascii("{\"badges\":[");
  private static final byte[] END = JsonBytes.ascii("]}");
  private static final byte[] NEXT = JsonBytes.ascii(",");
  private static final byte[] KIND = JsonBytes.ascii("{\"kind\":");
  private static final byte[] ID = JsonBytes.ascii(",\"id\":");
  private static final byte[] STATUS = JsonBytes.ascii(",\"status\":");
  private static final byte[] REASONS = JsonBytes.ascii(",\"reasons\":");
  private static final byte[] NO_CRM = JsonBytes.ascii(",\"crm\":null}");
  private static final byte[] OBJECT = JsonBytes.ascii(",\"crm\":{\"object\":");
  private static final byte[] URL = JsonBytes.ascii(",\"url\":");
  private static final byte[] CLOSE_CRM = JsonBytes.ascii("}}");

  private static final Map<ProfileKind, byte[]> KINDS = quoted(ProfileKind.class);
  private static final Map<BadgeStatus, byte[]> STATUSES = quoted(BadgeStatus.class);

  private BadgeAnswer() {
  }

  static Buffer of(List<ProfileLink> links) {
    JsonBytes json = new JsonBytes(links.size() * BYTES_PER_BADGE + START.length + END.length).raw(START);
    for (int i = 0; i < links.size(); i++) {
      if (i > 0) {
        json.raw(NEXT);
      }
      badge(json, links.get(i));
    }
    return json.raw(END).buffer();
  }

  static BadgeStatus status(ProfileLink link) {
    return link.crm() == null ? BadgeStatus.NOT_IN_CRM
        : link.staleReasons().isEmpty() ? BadgeStatus.IN_CRM : BadgeStatus.OUT_OF_DATE;
  }

  private static void badge(JsonBytes json, ProfileLink link) {
    json.raw(KIND).raw(KINDS.get(link.kind())).raw(ID).string(link.id())
        .raw(STATUS).raw(STATUSES.get(status(link))).raw(REASONS).strings(link.staleReasons());
    CrmRef crm = link.crm();
    if (crm == null) {
      json.raw(NO_CRM);
      return;
    }
    json.raw(OBJECT).string(crm.object()).raw(ID).string(crm.id()).raw(URL).string(crm.url()).raw(CLOSE_CRM);
  }

  private static <E extends Enum<E>> Map<E, byte[]> quoted(Class<E> type) {
    Map<E, byte[]> quoted = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      quoted.put(value, JsonBytes.ascii("\"" + value.name() + "\""));
    }
    return quoted;
  }
}
