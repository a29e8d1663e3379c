package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.SalesforceIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedFoldersTest {
  private static final GeneratorSpec SPEC = GeneratorSpec.forTotal(7, 1_500, null);
  private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  @TempDir
  Path dir;

  @Test
  void crmFilesParseBackWithTheirHeaderAndTheCountedRows() throws IOException {
    GenerationCounts counts = GeneratedFolders.write(SPEC, dir);
    for (CrmObject object : CrmObject.values()) {
      List<CSVRecord> rows = parse(dir.resolve("crm/" + object.apiName() + ".csv"), READ);
      assertThat(rows).hasSize(counts.crmRecords().get(object.apiName()).intValue());
      for (CSVRecord row : rows) {
        assertThat(row.getParser().getHeaderNames()).isEqualTo(object.fields());
        assertThat(row.isConsistent()).isTrue();
        assertThat(SalesforceIds.isValid(row.get("Id"))).isTrue();
      }
    }
    assertThat(Files.readString(dir.resolve("crm/Lead.csv"))).startsWith("\"Id\",\"OwnerId\",");
  }

  @Test
  void directoryFilesAreOneJsonObjectPerLine() throws IOException {
    GenerationCounts counts = GeneratedFolders.write(SPEC, dir);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> people = jsonLines(json, dir.resolve("directory/people.jsonl"));
    List<JsonNode> companies = jsonLines(json, dir.resolve("directory/companies.jsonl"));
    assertThat(people).hasSize((int) counts.directoryPeople());
    assertThat(companies).hasSize((int) counts.directoryCompanies());
    assertThat(people).allSatisfy(person -> {
      assertThat(person.get("id").asText()).startsWith("pr");
      assertThat(person.get("positions")).isNotEmpty();
      assertThat(person.get("positions").get(0).get("current").asBoolean()).isTrue();
    });
    assertThat(companies).allSatisfy(company -> assertThat(company.get("domains")).isNotEmpty());
  }

  @Test
  void truthFilesParseBackAndMatchTheCounts() throws IOException {
    GenerationCounts counts = GeneratedFolders.write(SPEC, dir);
    List<CSVRecord> people = parse(dir.resolve("truth/people.csv"), READ);
    List<CSVRecord> companies = parse(dir.resolve("truth/companies.csv"), READ);
    assertThat(people.size() + companies.size()).isEqualTo(counts.truthLinks());
    assertThat(people).allSatisfy(row -> assertThat(row.get("crm_object")).isIn("Lead", "Contact"));
    assertThat(companies).allSatisfy(row -> assertThat(row.get("crm_object")).isEqualTo("Account"));
    assertThat(parse(dir.resolve("truth/stale.csv"), READ)).hasSize((int) counts.staleFacts());
    assertThat(parse(dir.resolve("truth/decoys.csv"), READ)).hasSize((int) counts.decoys());
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
    GeneratedFolders.write(SPEC, dir.resolve("a"));
    GeneratedFolders.write(SPEC, dir.resolve("b"));
    GeneratedFolders.write(GeneratorSpec.forTotal(8, 1_500, null), dir.resolve("c"));
    List<Path> files = files(dir.resolve("a"));
    assertThat(files).hasSize(CrmObject.values().length + 2 + 4);
    for (Path file : files) {
      byte[] first = Files.readAllBytes(dir.resolve("a").resolve(file));
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file.toString()).isEqualTo(first);
      if (Files.size(dir.resolve("a").resolve(file)) > 200) {
        assertThat(Files.readAllBytes(dir.resolve("c").resolve(file))).as(file.toString()).isNotEqualTo(first);
      }
    }
  }

  private static List<CSVRecord> parse(Path file, CSVFormat format) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(in)) {
      return parser.getRecords();
    }
  }

  private static List<JsonNode> jsonLines(ObjectMapper json, Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
