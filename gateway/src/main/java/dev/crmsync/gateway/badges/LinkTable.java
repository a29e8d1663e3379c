package dev.crmsync.gateway.badges;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Profile id to CRM link for a million profiles, built once and then only read. A badge call looks up 25 ids at
 * random, so each lookup is a handful of cache misses: here one in the hash array, one for the entry and one
 * for its bytes, where a {@code HashMap<String, Link>} walks a node, a key string, its bytes, the value, and
 * the record id string and its bytes. It takes 100 bytes per link against 220. Open addressing with linear
 * probing over twice as many slots as links.
 */
final class LinkTable {
  private final int[] hashes;
  private final Entry[] entries;
  private final int mask;
  private final int size;

  /** The profile id and the record id in one array (ids are ASCII), the object type, the stale reasons. */
  private record Entry(byte[] ids, int profileIdLength, String sobject, List<String> staleReasons) {
  }

  private LinkTable(int[] hashes, Entry[] entries, int size) {
    this.hashes = hashes;
    this.entries = entries;
    this.mask = hashes.length - 1;
    this.size = size;
  }

  /** The link of the profile, or null. */
  TenantLinks.Link get(String profileId) {
    int hash = hash(profileId);
    for (int slot = hash & mask; hashes[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && sameId(entries[slot], profileId)) {
        Entry entry = entries[slot];
        int length = entry.ids().length - entry.profileIdLength();
        return new TenantLinks.Link(entry.sobject(),
            new String(entry.ids(), entry.profileIdLength(), length, StandardCharsets.ISO_8859_1),
            entry.staleReasons());
      }
    }
    return null;
  }

  int size() {
    return size;
  }

  private static boolean sameId(Entry entry, String profileId) {
    if (entry.profileIdLength() != profileId.length()) {
      return false;
    }
    byte[] ids = entry.ids();
    for (int i = 0; i < profileId.length(); i++) {
      if (ids[i] != profileId.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Never 0, which marks an empty slot. */
  private static int hash(String profileId) {
    int h = profileId.hashCode();
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }

  /** Fills a table before anyone reads it; not thread-safe. */
  static final class Builder {
    private int[] hashes;
    private Entry[] entries;
    private int size;

    Builder(int expectedLinks) {
      int capacity = Integer.highestOneBit(Math.max(8, expectedLinks) * 2 - 1) << 1;
      hashes = new int[capacity];
      entries = new Entry[capacity];
    }

    /**
     * Adds a link; a later one for the same profile replaces it. Ids that are not ASCII (which the API's id
     * pattern never lets through) are refused, so that a lookup can compare bytes with characters.
     */
    Builder put(String profileId, TenantLinks.Link link) {
      if (!isAscii(profileId) || !isAscii(link.sfId())) {
        throw new IllegalArgumentException("ids must be ASCII, got " + profileId + " -> " + link.sfId());
      }
      if ((size + 1) * 2 > hashes.length) {
        grow();
      }
      byte[] ids = (profileId + link.sfId()).getBytes(StandardCharsets.ISO_8859_1);
      Entry entry = new Entry(ids, profileId.length(), link.sobject(), link.staleReasons());
      int hash = hash(profileId);
      int slot = hash & (hashes.length - 1);
      for (; hashes[slot] != 0; slot = (slot + 1) & (hashes.length - 1)) {
        if (hashes[slot] == hash && sameId(entries[slot], profileId)) {
          entries[slot] = entry;
          return this;
        }
      }
      hashes[slot] = hash;
      entries[slot] = entry;
      size++;
      return this;
    }

    LinkTable build() {
      return new LinkTable(hashes, entries, size);
    }

    private void grow() {
      int[] oldHashes = hashes;
      Entry[] oldEntries = entries;
      hashes = new int[oldHashes.length * 2];
      entries = new Entry[oldEntries.length * 2];
      int mask = hashes.length - 1;
      for (int old = 0; old < oldHashes.length; old++) {
        if (oldHashes[old] != 0) {
          // the ids are distinct already: each goes to the first free slot
          int slot = oldHashes[old] & mask;
          while (hashes[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          hashes[slot] = oldHashes[old];
          entries[slot] = oldEntries[old];
        }
      }
    }

    private static boolean isAscii(String text) {
      return text.chars().allMatch(c -> c < 0x80);
    }
  }
}
