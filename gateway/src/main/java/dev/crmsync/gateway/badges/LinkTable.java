package dev.crmsync.gateway.badges;

import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.web.JsonBytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Profile id to CRM link for a million profiles, built once and then only read. A badge call looks up 25 ids at
 * random in a table larger than the processor's cache, so its cost is the cache misses of each lookup: here one
 * in the slot array and one in the byte arena where the entry lies whole, where a {@code HashMap<String, Link>}
 * walks a node, a key string and its bytes, the value, and the record id string and its bytes. About 50 bytes
 * of heap per link. Open addressing with linear probing over twice as many slots as links.
 */
final class LinkTable {
  /** An entry: id length, profile id, record id length, record id, object type index, stale reasons index. */
  private static final int ENTRY_OVERHEAD = 1 + 1 + 1 + 4;
  private static final int MAX_ID_LENGTH = 127;
  /** The index of the empty list of stale reasons. */
  private static final int NO_REASONS = 0;

  private final long[] slots;
  private final byte[] arena;
  private final String[] sobjects;
  private final List<List<String>> reasons;
  /** The same as JSON, for badges: each object type as the text between quotes, each list of reasons as an array. */
  private final byte[][] sobjectsJson;
  private final byte[][] reasonsJson;
  private final int size;
  /**
   * Where the bytes read ahead of use are added up, only so that the compiler cannot drop the reads. Event loops
   * race on it, harmlessly: nobody reads it.
   */
  private int touched;

  private LinkTable(long[] slots, byte[] arena, String[] sobjects, List<List<String>> reasons, int size) {
    this.slots = slots;
    this.arena = arena;
    this.sobjects = sobjects;
    this.reasons = reasons;
    this.sobjectsJson = Arrays.stream(sobjects).map(JsonBytes::escaped).toArray(byte[][]::new);
    this.reasonsJson = reasons.stream().map(JsonBytes::array).toArray(byte[][]::new);
    this.size = size;
  }

  /** The link of the profile, or null. */
  TenantLinks.Link get(String profileId) {
    int entry = find(slots, arena, profileId);
    if (entry < 0) {
      return null;
    }
    int sfIdAt = sfIdAt(entry);
    int indexesAt = indexesAt(sfIdAt);
    return new TenantLinks.Link(sobjects[arena[indexesAt]],
        new String(arena, sfIdAt + 1, arena[sfIdAt], StandardCharsets.ISO_8859_1),
        reasons.get(readInt(arena, indexesAt + 1)));
  }

  /**
   * Reads the slots and entries of these ids before they are looked up one by one: Java has no prefetch, and a
   * lookup is two cache misses, the entry's waiting on the slot's. Read together, the misses of all ids overlap
   * instead of queuing. 25 ids in a table of a million: lookups and answer went from 12 to 15 µs to 8 to 9 µs.
   */
  void touch(List<String> ids) {
    int mask = slots.length - 1;
    long[] first = new long[ids.size()];
    for (int i = 0; i < first.length; i++) {
      first[i] = slots[hash(ids.get(i)) & mask];
    }
    int sum = 0;
    for (long slot : first) {
      sum += slot == 0 ? 0 : arena[(int) slot];
    }
    touched += sum;
  }

  /**
   * Writes the badge of the profile if it is linked, copying its ids from its entry (the builder admits only ids
   * that need no escaping); false when it is not linked.
   */
  boolean writeBadge(ProfileKind kind, String profileId, BadgeAnswer answer) {
    int entry = find(slots, arena, profileId);
    if (entry < 0) {
      return false;
    }
    int sfIdAt = sfIdAt(entry);
    int indexesAt = indexesAt(sfIdAt);
    int reasonsIndex = readInt(arena, indexesAt + 1);
    answer.begin(kind, arena, entry + 1, arena[entry]).linked(sobjectsJson[arena[indexesAt]], arena, sfIdAt + 1,
        arena[sfIdAt], reasonsJson[reasonsIndex], reasonsIndex != NO_REASONS);
    return true;
  }

  /** Where an entry's record id starts: its length, then its bytes. */
  private int sfIdAt(int entry) {
    return entry + 1 + arena[entry];
  }

  /** Where an entry's object type index starts, followed by its stale reasons index. */
  private int indexesAt(int sfIdAt) {
    return sfIdAt + 1 + arena[sfIdAt];
  }

  int size() {
    return size;
  }

  /** Where the profile's entry starts in the arena, or -1. A slot holds the id's hash and its entry's offset. */
  private static int find(long[] slots, byte[] arena, String profileId) {
    int hash = hash(profileId);
    int mask = slots.length - 1;
    for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      if ((int) (slots[slot] >>> 32) == hash) {
        int entry = (int) slots[slot];
        if (sameId(arena, entry, profileId)) {
          return entry;
        }
      }
    }
    return -1;
  }

  private static boolean sameId(byte[] arena, int entry, String profileId) {
    if (arena[entry] != profileId.length()) {
      return false;
    }
    for (int i = 0; i < profileId.length(); i++) {
      if (arena[entry + 1 + i] != profileId.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Never 0, so that a slot of offset 0 still differs from an empty one. */
  private static int hash(String profileId) {
    int h = profileId.hashCode();
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }

  private static int readInt(byte[] bytes, int at) {
    return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
  }

  /** Fills a table before anyone reads it; not thread-safe. */
  static final class Builder {
    private long[] slots;
    private byte[] arena;
    private int arenaSize;
    private int size;
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
        if ((int) (slots[slot] >>> 32) == hash && sameId(arena, (int) slots[slot], profileId)) {
          slots[slot] = (long) hash << 32 | entry;
          return this;
        }
      }
      slots[slot] = (long) hash << 32 | entry;
      size++;
      return this;
    }

    LinkTable build() {
      return new LinkTable(slots, Arrays.copyOf(arena, arenaSize), sobjects.toArray(String[]::new),
          List.copyOf(reasons), size);
    }

    private int append(String profileId, TenantLinks.Link link) {
      int entry = arenaSize;
      ensureArena(ENTRY_OVERHEAD + profileId.length() + link.sfId().length());
      arena[arenaSize++] = (byte) profileId.length();
      arenaSize += copyAscii(profileId, arenaSize);
      arena[arenaSize++] = (byte) link.sfId().length();
      arenaSize += copyAscii(link.sfId(), arenaSize);
      arena[arenaSize++] = (byte) sobjectIndex(link.sobject());
      int reasonsIndex = reasonIndexes.computeIfAbsent(link.staleReasons(), added -> {
        reasons.add(added);
        return reasons.size() - 1;
      });
      for (int shift = 24; shift >= 0; shift -= 8) {
        arena[arenaSize++] = (byte) (reasonsIndex >>> shift);
      }
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
