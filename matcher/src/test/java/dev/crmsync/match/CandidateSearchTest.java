package dev.crmsync.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import dev.crmsync.index.names.Nicknames;
import java.util.List;
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
    CandidateSearch recording = new CandidateSearch(index, 10).recording();
    Entry seen = contact("c1", "anna@acme.com");
    assertThat(recording.candidates(seen)).containsExactly("p1");

    index.upsert(profile("p2", "anna@acme.com"));
    index.refresh();
    CandidateSearch recalling = recording.recalling();

    assertThat(recalling.candidates(seen)).containsExactly("p1");
    assertThat(recalling.candidates(contact("c2", "anna@acme.com"))).containsExactlyInAnyOrder("p1", "p2");
    assertThat(new CandidateSearch(index, 10).candidates(seen)).containsExactlyInAnyOrder("p1", "p2");
  }
}
