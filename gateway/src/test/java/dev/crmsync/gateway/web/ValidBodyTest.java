package dev.crmsync.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmsync.api.ProfileIds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidBodyTest {
  /** A record that refuses some values, as the API's records do in their compact constructors. */
  record Pair(List<String> left, List<String> right) {
    Pair {
      if (left != null && left.contains("x")) {
        throw new IllegalArgumentException("left must not hold x");
      }
    }
  }

  /** A record that is not all lists. */
  record Named(String name, List<String> tags) {
  }

  @Test
  void bindsListsToTheRecordComponentsOfTheSameName() {
    ValidBody.StringLists lists = new ValidBody.StringLists(Map.of("companies", List.of("c1"), "people", List.of("p1", "p2")));

    assertThat(lists.as(ProfileIds.class)).isEqualTo(new ProfileIds(List.of("p1", "p2"), List.of("c1")));
    assertThat(new ValidBody.StringLists(Map.of("right", List.of("r"))).as(Pair.class))
        .as("a missing list comes as null, as from Jackson").isEqualTo(new Pair(null, List.of("r")));
  }

  @Test
  void aRecordThatRefusesTheListsFailsAsAnArgument() {
    assertThatThrownBy(() -> new ValidBody.StringLists(Map.of("left", List.of("x"))).as(Pair.class))
        .isInstanceOf(IllegalArgumentException.class).hasRootCauseMessage("left must not hold x");
  }

  @Test
  void leavesOtherTypesToJackson() {
    assertThat(new ValidBody.StringLists(Map.of("tags", List.of("a"))).as(Named.class))
        .isEqualTo(new Named(null, List.of("a")));
  }
}
