package dev.crmsync.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import dev.crmsync.index.names.Nicknames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CandidateSearchTest {
  private SearchIndex index;

  @BeforeEach
  void setUp() {
    index = SearchIndex.open(new ByteBuffersDirectory(), new Schema(Nicknames.bundled()));
    index.rebuild(List.of(profile("p1", "anna@acme.com")).iterator());
    index.refresh();
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  private static Entry profile(String id, String email) {
    return new EntryBuilder(id, Source.DIRECTORY_PERSON).name("Anna", "Smith").email(email).build();
  }

  private static Entry contact(String id, String email) {
    return new EntryBuilder(id, Source.CONTACT).name("Anna", "Smith").email(email).build();
  }

  @Test
  void aRecallingSearchAnswersSeenEntriesFromMemoryAndSearchesTheOthers() {
    Map<String, Entry> profiles = new HashMap<>();
    profiles.put("p1", profile("p1", "anna@acme.com"));
    CandidateSearch recording = new CandidateSearch(index, 10).recording();
    Entry seen = contact("c1", "anna@acme.com");
    assertThat(ids(recording.candidates(seen, profiles::get))).containsExactly("p1");

    profiles.put("p2", profile("p2", "anna@acme.com"));
    index.upsert(profiles.get("p2"));
    index.refresh();
    CandidateSearch recalling = recording.recalling();

    assertThat(ids(recalling.candidates(seen, profiles::get))).containsExactly("p1");
    assertThat(ids(recalling.candidates(contact("c2", "anna@acme.com"), profiles::get)))
        .containsExactlyInAnyOrder("p1", "p2");
    assertThat(new CandidateSearch(index, 10).candidates(seen)).containsExactlyInAnyOrder("p1", "p2");
  }

  @Test
  void candidateProfilesAreThoseTheProfilesKnow() {
    index.upsert(profile("p2", "anna@acme.com"));
    index.refresh();
    CandidateSearch search = new CandidateSearch(index, 10);
    Entry contact = contact("c1", "anna@acme.com");

    assertThat(search.candidates(contact)).containsExactlyInAnyOrder("p1", "p2");
    assertThat(ids(search.candidates(contact, Map.of("p2", profile("p2", "anna@acme.com"))::get)))
        .containsExactly("p2");
  }

  @Test
  void theSearchOrderPutsNamesDrivenByTheSameWordTogether() {
    index.rebuild(List.of(person("p1", "Anna", "Smith"), person("p2", "Anna", "Smith"), person("p3", "Anna",
        "Okafor"), person("p4", "Ben", "Okafor"), person("p5", "Carla", "Okafor")).iterator());
    index.refresh();
    List<Entry> crm = List.of(person("c1", "Anna", "Smith"), person("c2", "Ben", "Okafor"), person("c3", "Anna",
        "Smith"), person("c4", "Carla", "Okafor"), person("c5", "Ben", "Smith"));

    int[] order = new CandidateSearch(index, 10).searchOrder(crm);

    // c1 and c3 are driven by smith (in 2 entries), c2 and c5 by ben (in 1), c4 by carla (in 1)
    assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    assertThat(Math.abs(indexOf(order, 0) - indexOf(order, 2))).isEqualTo(1);
  }

  private static int indexOf(int[] order, int position) {
    for (int i = 0; i < order.length; i++) {
      if (order[i] == position) {
        return i;
      }
    }
    return -1;
  }

  private static Entry person(String id, String given, String family) {
    return new EntryBuilder(id, id.startsWith("p") ? Source.DIRECTORY_PERSON : Source.CONTACT).name(given, family)
        .build();
  }

  private static List<String> ids(List<Entry> entries) {
    return entries.stream().map(Entry::id).toList();
  }
}
