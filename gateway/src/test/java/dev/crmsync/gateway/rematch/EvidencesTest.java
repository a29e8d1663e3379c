package dev.crmsync.gateway.rematch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.api.Evidence;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class EvidencesTest {
  @Test
  void readsTheMatchersContributionsInTheWordsOfACrmPage() {
    JsonObject explanation = new JsonObject("""
        {"notes": ["Lead 00Q... also matches this profile; the Contact is linked"],
         "total": 15.9, "runnerUp": {"score": 6.2, "profileId": "pr2"},
         "thresholds": {"match": 12.0, "margin": 4.0, "review": 4.0},
         "contributions": [
           {"m": 0.87, "u": 0.004, "field": "GIVEN", "level": "EXACT", "value": "kavya", "weight": 7.7},
           {"m": 0.94, "u": 0.003, "field": "FAMILY", "level": "EXACT", "value": "deshpande", "weight": 8.2},
           {"m": 1.0, "u": 1.0, "field": "PHONE", "level": "MISSING", "value": null, "weight": 0.0},
           {"m": 1.0, "u": 1.0, "field": "STATE", "level": "IMPLIED", "value": null, "weight": 0.0},
           {"m": 0.1, "u": 0.6, "field": "CITY", "level": "DIFFERENT", "value": "pune", "weight": -2.6}]}""");

    assertThat(Evidences.of(explanation)).containsExactly(
        new Evidence("First name", "EXACT", 7.7),
        new Evidence("Last name", "EXACT", 8.2),
        new Evidence("City", "DIFFERENT", -2.6));
  }
}
