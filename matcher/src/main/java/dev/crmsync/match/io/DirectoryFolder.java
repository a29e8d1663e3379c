package dev.crmsync.match.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmsync.index.entry.Entry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads a directory folder (data-formats.md §2): {@code people.jsonl} and {@code companies.jsonl}. */
public final class DirectoryFolder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DirectoryFolder() {
  }

  /** The people and companies of a directory. */
  public record Contents(List<Entry> people, List<Entry> companies) {
    public Contents {
      people = List.copyOf(people);
      companies = List.copyOf(companies);
    }
  }

  public static Contents read(Path folder) {
    Map<String, JsonNode> companies = new HashMap<>();
    List<Entry> companyEntries = new ArrayList<>();
    lines(folder.resolve("companies.jsonl"), company -> {
      companies.put(company.path("id").asText(), company);
      companyEntries.add(DirectoryJson.company(company));
    });
    List<Entry> people = new ArrayList<>();
    lines(folder.resolve("people.jsonl"), person -> people.add(DirectoryJson.person(person, person, companies)));
    return new Contents(people, companyEntries);
  }

  private static void lines(Path file, Consumer<JsonNode> consumer) {
    if (!Files.exists(file)) {
      return;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          consumer.accept(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
