package dev.crmsync.emulator.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a directory folder (data-formats.md §2): {@code people.jsonl} and {@code companies.jsonl}, one JSON
 * object per line, absent values as JSON null.
 */
public final class DirectoryFolderWriter implements DirectorySink, AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();

  private final JsonGenerator people;
  private final JsonGenerator companies;

  public DirectoryFolderWriter(Path folder) throws IOException {
    Files.createDirectories(folder);
    people = open(folder.resolve("people.jsonl"));
    companies = open(folder.resolve("companies.jsonl"));
  }

  private static JsonGenerator open(Path file) throws IOException {
    JsonGenerator generator = JSON.createGenerator(CsvFiles.writer(file));
    generator.setRootValueSeparator(null);
    return generator;
  }

  @Override
  public void accept(DirectoryEntry entry) {
    switch (entry) {
      case DirectoryPerson person -> person(person);
      case DirectoryCompany company -> company(company);
    }
  }

  private void person(DirectoryPerson person) {
    try {
      people.writeStartObject();
      people.writeStringField("id", person.id());
      people.writeStringField("firstName", person.firstName());
      people.writeStringField("lastName", person.lastName());
      people.writeStringField("headline", person.headline());
      people.writeArrayFieldStart("positions");
      for (Position position : person.positions()) {
        people.writeStartObject();
        people.writeStringField("companyId", position.companyId());
        people.writeStringField("companyName", position.companyName());
        people.writeStringField("title", position.title());
        people.writeBooleanField("current", position.current());
        people.writeEndObject();
      }
      people.writeEndArray();
      strings(people, "emails", person.emails());
      strings(people, "phones", person.phones());
      location(people, person.location());
      people.writeEndObject();
      people.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void company(DirectoryCompany company) {
    try {
      companies.writeStartObject();
      companies.writeStringField("id", company.id());
      companies.writeStringField("name", company.name());
      companies.writeStringField("website", company.website());
      strings(companies, "domains", company.domains());
      companies.writeStringField("industry", company.industry());
      if (company.employeeCount() == null) {
        companies.writeNullField("employeeCount");
      } else {
        companies.writeNumberField("employeeCount", company.employeeCount());
      }
      location(companies, company.location());
      companies.writeEndObject();
      companies.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void strings(JsonGenerator out, String field, List<String> values) throws IOException {
    out.writeArrayFieldStart(field);
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  private static void location(JsonGenerator out, Location location) throws IOException {
    if (location == null) {
      out.writeNullField("location");
      return;
    }
    out.writeObjectFieldStart("location");
    out.writeStringField("city", location.city());
    out.writeStringField("state", location.state());
    out.writeStringField("country", location.country());
    out.writeStringField("postalCode", location.postalCode());
    out.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    try (people; companies) {
      people.flush();
    }
  }
}
