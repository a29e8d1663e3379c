package dev.crmsync.gateway.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes directory folders for tests: people, companies and deletes as JSON lines. */
public final class DirectoryFiles {
  private DirectoryFiles() {
  }

  public static String person(String id, String headline, String email) {
    return """
        {"id": "%s", "firstName": "Ada", "lastName": "Lovelace", "headline": "%s",
         "positions": [{"companyId": "co1", "companyName": "Analytical Engines", "title": "CTO", "current": true}],
         "emails": ["%s"], "phones": ["+441234567890"],
         "location": {"city": "London", "state": null, "country": "GB", "postalCode": "W1"}}"""
        .formatted(id, headline, email).replace("\n", "");
  }

  public static String company(String id, String name) {
    return """
        {"id": "%s", "name": "%s", "website": "https://example.com", "domains": ["example.com"],
         "industry": "Computing", "employeeCount": 12, "location": {"city": "London"}}"""
        .formatted(id, name).replace("\n", "");
  }

  public static String deleted(String id) {
    return "{\"id\": \"" + id + "\"}";
  }

  public static Path write(Path folder, String file, List<String> lines) {
    try {
      Files.createDirectories(folder);
      return Files.write(folder.resolve(file), lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
