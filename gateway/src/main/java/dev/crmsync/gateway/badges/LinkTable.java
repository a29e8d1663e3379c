package dev.crmsync.gateway.badges;

import dev.crmsync.api.ProfileKind;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Profile id to CRM link for a million profiles, built once and then only read. A badge call looks up 25 ids at
 * random in a table larger than the processor's cache, so its cost is the cache misses of each lookup. Here a
 * link is one fixed-size record in the probe sequence itself (open addressing, linear probing, 0.6 links per
 * slot), so a lookup waits for one miss: a slot array pointing into an arena of entries made it two, one waiting
 * on the other, and a {@code HashMap<String, Link>} five or more.
 */
final class LinkTable {
  // a record: the id's hash (0 for an empty slot), the lengths of the profile id and the record id, the object
  // type's index, the stale reasons' index, then the profile id's bytes and the record id's bytes
  private static final int HASH_AT = 0;
  private static final int ID_LENGTH_AT = 4;
  private static final int SF_ID_LENGTH_AT = 5;
  private static final int SOBJECT_AT = 6;
  private static final int REASONS_AT = 7;
  private static final int IDS_AT = 11;
  /** Records are this many bytes apart at least, so that most lie in one cache line. */
  private static final int RECORD_ALIGNMENT = 8;
  private static final double SLOTS_PER_LINK = 1 / 0.6;
  private static final int MAX_ID_LENGTH = 127;
  /** The index of the empty list of stale reasons. */
  private static final int NO_REASONS = 0;
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());

  private final byte[] records;
  private final int recordSize;
  private final int slotCount;
  private final String[] sobjects;
  private final List<List<String>> reasons;
  /** What badges write around the ids, per object type and per list of stale reasons, encoded once. */
  private final byte[][] objectParts;
  private final byte[][] urlParts;
  private final byte[][] statusParts;
  private final int size;
  /**
   * Where the bytes read ahead of use are added up, only so that the compiler cannot drop the reads. Event loops
   * race on it, harmlessly: nobody reads it.
   */
  private int touched;

  private LinkTable(Layout layout, String[] sobjects, List<List<String>> reasons, byte[] instance) {
    this.records = layout.records;
    this.recordSize = layout.recordSize;
    this.slotCount = layout.slotCount;
    this.size = layout.size;
    this.sobjects = sobjects;
    this.reasons = reasons;
    this.objectParts = Arrays.stream(sobjects).map(BadgeAnswer::objectPart).toArray(byte[][]::new);
    this.urlParts = Arrays.stream(sobjects).map(sobject -> BadgeAnswer.urlPart(instance, sobject))
        .toArray(byte[][]::new);
    this.statusParts = reasons.stream().map(BadgeAnswer::statusPart).toArray(byte[][]::new);
  }

  /** The link of the profile, or null. */
  TenantLinks.Link get(String profileId) {
    int record = find(profileId);
    if (record < 0) {
      return null;
    }
    return new TenantLinks.Link(sobjects[records[record + SOBJECT_AT]],
        new String(records, sfIdAt(record), records[record + SF_ID_LENGTH_AT], StandardCharsets.ISO_8859_1),
        reasons.get(reasonsIndex(record)));
  }

  /**
   * Reads the first slot of each of these ids before they are looked up one by one: Java has no prefetch, and
   * read together, the misses of all ids overlap instead of queuing. Both ends of the record are read, since
   * one record in two spans two cache lines.
   */
  void touch(List<String> ids) {
    int sum = 0;
    for (int i = 0; i < ids.size(); i++) {
      int record = home(hash(ids.get(i))) * recordSize;
      sum += records[record] + records[record + recordSize - 1];
    }
    touched += sum;
  }

  /**
   * Writes the badge of the profile if it is linked, copying its ids from its record (the builder admits only ids
   * that need no escaping); false when it is not linked.
   */
  boolean writeBadge(ProfileKind kind, String profileId, BadgeAnswer answer) {
    int record = find(profileId);
    if (record < 0) {
      return false;
    }
    int sobject = records[record + SOBJECT_AT];
    answer.begin(kind, records, record + IDS_AT, records[record + ID_LENGTH_AT])
        .linked(statusParts[reasonsIndex(record)], objectParts[sobject], records, sfIdAt(record),
            records[record + SF_ID_LENGTH_AT], urlParts[sobject]);
    return true;
  }

  int size() {
    return size;
  }

  /** Where the profile's record starts, or -1. */
  private int find(String profileId) {
    int hash = hash(profileId);
    for (int slot = home(hash); ; slot = next(slot, slotCount)) {
      int record = slot * recordSize;
      int stored = (int) INT.get(records, record + HASH_AT);
      if (stored == 0) {
        return -1;
      }
      if (stored == hash && sameId(records, records[record + ID_LENGTH_AT], record + IDS_AT, profileId)) {
        return record;
      }
    }
  }

  private int home(int hash) {
    return home(hash, slotCount);
  }

  private int sfIdAt(int record) {
    return record + IDS_AT + records[record + ID_LENGTH_AT];
  }

  private int reasonsIndex(int record) {
    return (int) INT.get(records, record + REASONS_AT);
  }

  /** Whether the id of this length at {@code at} in {@code bytes} is the profile id. */
  private static boolean sameId(byte[] bytes, int length, int at, String profileId) {
    if (length != profileId.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[at + i] != profileId.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Never 0, so that a stored hash tells a taken slot from an empty one. */
  private static int hash(String profileId) {
    int h = profileId.hashCode();
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }

  /**
   * The first slot to try: the hash, mixed (ids that differ in their last character have neighbouring hashes),
   * scaled to the slot count by a multiplication rather than a power-of-two mask, which would double the slots.
   */
  private static int home(int hash, int slotCount) {
    return (int) (((hash * 0x9E3779B9) & 0xFFFF_FFFFL) * slotCount >>> 32);
  }

  private static int next(int slot, int slotCount) {
    return slot + 1 == slotCount ? 0 : slot + 1;
  }

  /** The records of a table: every link in its slot. */
  private record Layout(byte[] records, int recordSize, int slotCount, int size) {
  }

  /**
   * Fills a table before anyone reads it; not thread-safe. The links are collected as entries of an arena, found
   * by a slot array, since a later link of a profile replaces the first and the record size is known only once the
   * longest ids are; {@link #build} lays them out as records.
   */
  static final class Builder {
    // an entry: profile id length and bytes, record id length and bytes, object type index, stale reasons index
    private static final int ENTRY_OVERHEAD = 1 + 1 + 1 + 4;

    private long[] slots;
    private byte[] arena;
    private int arenaSize;
    private int size;
    private int longestEntry;
    private final Map<String, Integer> sobjectIndexes = new HashMap<>();
    private final List<String> sobjects = new ArrayList<>();
    private final Map<List<String>, Integer> reasonIndexes = new HashMap<>();
    private final List<List<String>> reasons = new ArrayList<>();

    Builder(int expectedLinks) {
      slots = new long[Integer.highestOneBit(Math.max(8, expectedLinks) * 2 - 1) << 1];
      arena = new byte[Math.max(64, expectedLinks * 32)];
      reasonIndexes.put(List.of(), NO_REASONS);
      reasons.add(List.of());
    }

    /**
     * Adds a link; a later one for the same profile replaces it. Ids must be printable ASCII without quotes or
     * backslashes, and at most 127 characters (the API's id patterns let nothing else through), so that a lookup
     * compares bytes with characters and a badge copies them into JSON as they are.
     */
    Builder put(String profileId, TenantLinks.Link link) {
      requirePlainId(profileId);
      requirePlainId(link.sfId());
      if ((size + 1) * 2 > slots.length) {
        grow();
      }
      int entry = append(profileId, link);
      int hash = hash(profileId);
      int mask = slots.length - 1;
      int slot = hash & mask;
      for (; slots[slot] != 0; slot = (slot + 1) & mask) {
        int taken = (int) slots[slot];
        if ((int) (slots[slot] >>> 32) == hash && sameId(arena, arena[taken], taken + 1, profileId)) {
          slots[slot] = (long) hash << 32 | entry;
          return this;
        }
      }
      slots[slot] = (long) hash << 32 | entry;
      size++;
      return this;
    }

    /** The table, whose badges link to records on {@code instance} (as {@link BadgeAnswer#instance} encodes it). */
    LinkTable build(byte[] instance) {
      return new LinkTable(layout(), sobjects.toArray(String[]::new), List.copyOf(reasons), instance);
    }

    private Layout layout() {
      int recordSize = roundUp(IDS_AT + longestEntry - ENTRY_OVERHEAD);
      int slotCount = Math.max(size + 1, (int) Math.ceil(size * SLOTS_PER_LINK));
      byte[] records = new byte[Math.multiplyExact(slotCount, recordSize)];
      for (long taken : slots) {
        if (taken != 0) {
          int hash = (int) (taken >>> 32);
          int slot = home(hash, slotCount);
          while ((int) INT.get(records, slot * recordSize + HASH_AT) != 0) {
            slot = next(slot, slotCount);
          }
          writeRecord(records, slot * recordSize, hash, (int) taken);
        }
      }
      return new Layout(records, recordSize, slotCount, size);
    }

    private void writeRecord(byte[] records, int record, int hash, int entry) {
      int idLength = arena[entry];
      int sfIdLength = arena[entry + 1 + idLength];
      int indexesAt = entry + 2 + idLength + sfIdLength;
      INT.set(records, record + HASH_AT, hash);
      records[record + ID_LENGTH_AT] = (byte) idLength;
      records[record + SF_ID_LENGTH_AT] = (byte) sfIdLength;
      records[record + SOBJECT_AT] = arena[indexesAt];
      INT.set(records, record + REASONS_AT, (int) INT.get(arena, indexesAt + 1));
      System.arraycopy(arena, entry + 1, records, record + IDS_AT, idLength);
      System.arraycopy(arena, entry + 2 + idLength, records, record + IDS_AT + idLength, sfIdLength);
    }

    private static int roundUp(int bytes) {
      return (bytes + RECORD_ALIGNMENT - 1) / RECORD_ALIGNMENT * RECORD_ALIGNMENT;
    }

    private int append(String profileId, TenantLinks.Link link) {
      int entry = arenaSize;
      int length = ENTRY_OVERHEAD + profileId.length() + link.sfId().length();
      longestEntry = Math.max(longestEntry, length);
      ensureArena(length);
      arena[arenaSize++] = (byte) profileId.length();
      arenaSize += copyAscii(profileId, arenaSize);
      arena[arenaSize++] = (byte) link.sfId().length();
      arenaSize += copyAscii(link.sfId(), arenaSize);
      arena[arenaSize++] = (byte) sobjectIndex(link.sobject());
      INT.set(arena, arenaSize, reasonIndexes.computeIfAbsent(link.staleReasons(), added -> {
        reasons.add(added);
        return reasons.size() - 1;
      }));
      arenaSize += Integer.BYTES;
      return entry;
    }

    private int sobjectIndex(String sobject) {
      return sobjectIndexes.computeIfAbsent(sobject, added -> {
        if (sobjects.size() == Byte.MAX_VALUE) {
          throw new IllegalArgumentException("more than " + Byte.MAX_VALUE + " object types");
        }
        sobjects.add(added);
        return sobjects.size() - 1;
      });
    }

    private int copyAscii(String text, int at) {
      for (int i = 0; i < text.length(); i++) {
        arena[at + i] = (byte) text.charAt(i);
      }
      return text.length();
    }

    private void ensureArena(int more) {
      if (arenaSize + more > arena.length) {
        arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + more));
      }
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      int mask = slots.length - 1;
      for (long taken : old) {
        if (taken != 0) {
          // the ids are distinct already: each goes to the first free slot
          int slot = (int) (taken >>> 32) & mask;
          while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          slots[slot] = taken;
        }
      }
    }

    private static void requirePlainId(String id) {
      if (id.length() > MAX_ID_LENGTH || !id.chars().allMatch(c -> c >= ' ' && c < 0x7f && c != '"' && c != '\\')) {
        throw new IllegalArgumentException("ids must be printable ASCII without quotes or backslashes and at most "
            + MAX_ID_LENGTH + " characters, got " + id);
      }
    }
  }
}
