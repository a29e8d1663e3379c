package dev.crmsync.gateway.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkTableTest {
  private static TenantLinks.Link link(String sfId) {
    return new TenantLinks.Link("Contact", sfId, List.of());
  }

  @Test
  void findsWhatWasPutAndNothingElse() {
    Map<String, String> expected = new HashMap<>();
    LinkTable.Builder builder = new LinkTable.Builder(100);
    Random random = new Random(7);
    // ten times more links than announced: the table grows on the way
    for (int i = 0; i < 1_000; i++) {
      String profileId = "p" + random.nextInt(1_000_000);
      String sfId = "003%015d".formatted(i);
      builder.put(profileId, link(sfId));
      expected.put(profileId, sfId);
    }
    LinkTable table = builder.build(null);

    assertThat(table.size()).isEqualTo(expected.size());
    expected.forEach((profileId, sfId) -> assertThat(table.get(profileId).sfId()).isEqualTo(sfId));
    assertThat(table.get("p-1")).isNull();
    assertThat(table.get("")).isNull();
  }

  @Test
  void holdsTheLongestIdsBesideShortOnes() {
    String longest = "p".repeat(127);
    String longRecordId = "a".repeat(127);
    LinkTable table = new LinkTable.Builder(4).put("p1", link("003000000000001AAA"))
        .put(longest, link(longRecordId))
        .put("p2", new TenantLinks.Link("Lead", "00Q000000000002AAA", List.of("moved")))
        .build(null);

    assertThat(table.get(longest).sfId()).isEqualTo(longRecordId);
    assertThat(table.get("p1").sfId()).isEqualTo("003000000000001AAA");
    assertThat(table.get("p2")).isEqualTo(new TenantLinks.Link("Lead", "00Q000000000002AAA", List.of("moved")));
    assertThat(table.get("p".repeat(126))).isNull();
  }

  @Test
  void anEmptyTableFindsNothing() {
    LinkTable table = new LinkTable.Builder(0).build(null);

    assertThat(table.size()).isZero();
    assertThat(table.get("p1")).isNull();
  }

  @Test
  void tellsApartIdsThatShareAHashOrAPrefix() {
    // "Aa" and "BB" have the same String.hashCode
    LinkTable table = new LinkTable.Builder(4).put("Aa", link("003000000000001AAA"))
        .put("p1", link("003000000000002AAA"))
        .build(null);

    assertThat(table.get("Aa").sfId()).isEqualTo("003000000000001AAA");
    assertThat(table.get("BB")).isNull();
    assertThat(table.get("p1").sfId()).isEqualTo("003000000000002AAA");
    assertThat(table.get("p10")).isNull();
    assertThat(table.get("p")).isNull();
  }

  @Test
  void aLaterLinkOfTheSameProfileReplacesTheFirst() {
    LinkTable table = new LinkTable.Builder(4).put("p1", link("003000000000001AAA"))
        .put("p1", new TenantLinks.Link("Lead", "00Q000000000001AAA", List.of("moved"))).build(null);

    assertThat(table.size()).isEqualTo(1);
    assertThat(table.get("p1")).isEqualTo(new TenantLinks.Link("Lead", "00Q000000000001AAA", List.of("moved")));
  }

  @Test
  void refusesIdsThatAreNotShortPlainAscii() {
    assertThatThrownBy(() -> new LinkTable.Builder(4).put("pé", link("003000000000001AAA")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ASCII");
    assertThatThrownBy(() -> new LinkTable.Builder(4).put("p".repeat(128), link("003000000000001AAA")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("127");
    assertThatThrownBy(() -> new LinkTable.Builder(4).put("p1", link("003\"00000000001AAA")))
        .as("a badge copies ids into JSON as they are").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quotes");
  }
}
