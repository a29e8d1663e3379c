package dev.crmsync.gateway.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N plausible people as directory JSON lines, the same for the same N (fixed seed), for the import
 * benchmark: names, a headline, one or two positions, e-mails, a phone and a location.
 */
final class BenchmarkPeople {
  private static final List<String> FIRST = List.of("Ada", "Luca", "Mia", "Noah", "Priya", "Kenji", "Sofia", "Omar",
      "Elena", "Jonas", "Chloe", "Mateo", "Aisha", "Liam", "Hana", "Felix");
  private static final List<String> LAST = List.of("Lovelace", "Richards-Morales", "Okafor", "Schmidt", "Tanaka",
      "Dubois", "Rossi", "Kowalski", "Nguyen", "Haddad", "Silva", "Andersen", "Murphy", "Costa", "Weber", "Ivanova");
  private static final List<String> TITLES = List.of("Procurement Manager", "CTO", "Account Executive", "Buyer",
      "Head of Sales", "Data Engineer", "VP Marketing", "Controller");
  private static final List<String> CITIES = List.of("Berlin", "Paris", "London", "Madrid", "Milan", "Warsaw",
      "Lisbon", "Dublin");
  private static final int COMPANIES = 50_000;
  private static final long SEED = 20261129L;

  private BenchmarkPeople() {
  }

  static void write(Path file, int count) throws IOException {
    Random random = new Random(SEED);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
         JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(new SerializedString("\n"));
      for (int i = 0; i < count; i++) {
        person(json, random, i);
      }
      json.writeRaw('\n');
    }
  }

  private static void person(JsonGenerator json, Random random, int i) throws IOException {
    String first = pick(random, FIRST);
    String last = pick(random, LAST);
    String title = pick(random, TITLES);
    String company = "Company " + random.nextInt(COMPANIES);
    json.writeStartObject();
    json.writeStringField("id", String.format("pr%08d", i));
    json.writeStringField("firstName", first);
    json.writeStringField("lastName", last);
    json.writeStringField("headline", title + " at " + company);
    json.writeArrayFieldStart("positions");
    position(json, company, title, true);
    if (random.nextBoolean()) {
      position(json, "Company " + random.nextInt(COMPANIES), pick(random, TITLES), false);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("emails");
    json.writeString((first + "." + last + i + "@example.com").toLowerCase(Locale.ROOT));
    json.writeEndArray();
    json.writeArrayFieldStart("phones");
    json.writeString("+49" + (1_000_000_000L + random.nextInt(900_000_000)));
    json.writeEndArray();
    json.writeObjectFieldStart("location");
    json.writeStringField("city", pick(random, CITIES));
    json.writeNullField("state");
    json.writeStringField("country", "DE");
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void position(JsonGenerator json, String company, String title, boolean current)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("companyName", company);
    json.writeStringField("title", title);
    json.writeBooleanField("current", current);
    json.writeEndObject();
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
