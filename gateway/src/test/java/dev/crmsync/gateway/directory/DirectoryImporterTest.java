package dev.crmsync.gateway.directory;

import static dev.crmsync.gateway.directory.DirectoryFiles.company;
import static dev.crmsync.gateway.directory.DirectoryFiles.deleted;
import static dev.crmsync.gateway.directory.DirectoryFiles.person;
import static dev.crmsync.gateway.directory.DirectoryFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryImporterTest {
  private static final int BATCH_LINES = 100;

  @TempDir
  Path folder;

  private Database database;
  private DirectoryImporter importer;
  private final List<DirectoryChanges> changes = new ArrayList<>();
  private final List<ImportProgress> progress = new ArrayList<>();

  @BeforeEach
  void startDatabase() {
    database = Database.start(TestPostgres.newDatabase());
    importer = new DirectoryImporter(database, BATCH_LINES);
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void firstImportInsertsEveryRecordAndKeepsContactPointsOutOfTheProfile() throws Exception {
    write(folder, "people.jsonl", List.of(person("pr1", "CTO", "ada@example.com"),
        person("pr2", "CEO", "bob@example.com"), person("pr3", "CFO", "cy@example.com")));
    write(folder, "companies.jsonl", List.of(company("co1", "Analytical Engines"), company("co2", "Difference")));

    ImportSummary summary = runImport();

    assertThat(summary.people()).isEqualTo(new KindCounts(3, 0, 0, 0));
    assertThat(summary.companies()).isEqualTo(new KindCounts(2, 0, 0, 0));
    assertThat(summary.rejected()).isZero();
    assertThat(query("SELECT id FROM directory_person ORDER BY id")).containsExactly("pr1", "pr2", "pr3");
    assertThat(query("SELECT profile::text FROM directory_person WHERE id = 'pr1'").get(0))
        .contains("\"headline\": \"CTO\"", "\"companyId\": \"co1\"")
        .doesNotContain("ada@example.com", "+441234567890", "emails", "phones", "\"state\"");
    assertThat(query("SELECT contact_points::text FROM directory_person WHERE id = 'pr1'"))
        .containsExactly("{\"emails\": [\"ada@example.com\"], \"phones\": [\"+441234567890\"]}");
    assertThat(changed(DirectoryChanges::upsertedPeople)).containsExactlyInAnyOrder("pr1", "pr2", "pr3");
    assertThat(changed(DirectoryChanges::upsertedCompanies)).containsExactlyInAnyOrder("co1", "co2");
  }

  @Test
  void reimportingTheSameFolderWritesNothing() throws Exception {
    write(folder, "people.jsonl", List.of(person("pr1", "CTO", "ada@example.com"),
        person("pr2", "CEO", "bob@example.com")));
    write(folder, "companies.jsonl", List.of(company("co1", "Analytical Engines")));
    runImport();
    List<String> versionsBefore = rowVersions();
    changes.clear();

    ImportSummary again = runImport();

    assertThat(again.people()).isEqualTo(new KindCounts(0, 0, 2, 0));
    assertThat(again.companies()).isEqualTo(new KindCounts(0, 0, 1, 0));
    assertThat(again.written()).isZero();
    assertThat(rowVersions()).isEqualTo(versionsBefore);
    assertThat(changes).isEmpty();
  }

  @Test
  void keyOrderSpacingAndExplicitNullsDoNotCountAsChanges() throws Exception {
    write(folder, "companies.jsonl", List.of("{\"id\": \"co1\", \"name\": \"Acme\", \"industry\": \"Tools\"}"));
    runImport();
    write(folder, "companies.jsonl",
        List.of("{ \"industry\":\"Tools\",\"website\":null, \"name\":\"Acme\",\"id\":\"co1\" }"));

    assertThat(runImport().companies()).isEqualTo(new KindCounts(0, 0, 1, 0));
  }

  @Test
  void changedImportTouchesOnlyWhatChanged() throws Exception {
    write(folder, "people.jsonl", List.of(person("pr1", "CTO", "ada@example.com"),
        person("pr2", "CEO", "bob@example.com"), person("pr3", "CFO", "cy@example.com")));
    runImport();
    changes.clear();
    write(folder, "people.jsonl", List.of(person("pr1", "CTO", "ada@example.com"),
        person("pr2", "Chair", "bob@example.com"), person("pr3", "CFO", "cy@new.example.com"),
        person("pr4", "COO", "dee@example.com")));

    ImportSummary summary = runImport();

    assertThat(summary.people()).isEqualTo(new KindCounts(1, 2, 1, 0));
    assertThat(changed(DirectoryChanges::upsertedPeople)).containsExactlyInAnyOrder("pr2", "pr3", "pr4");
    assertThat(query("SELECT profile->>'headline' FROM directory_person WHERE id = 'pr2'")).containsExactly("Chair");
    assertThat(query("SELECT contact_points->'emails'->>0 FROM directory_person WHERE id = 'pr3'"))
        .containsExactly("cy@new.example.com");
  }

  @Test
  void deletesRemoveListedPeopleAndCompanies() throws Exception {
    write(folder, "people.jsonl", List.of(person("pr1", "CTO", "ada@example.com"),
        person("pr2", "CEO", "bob@example.com")));
    write(folder, "companies.jsonl", List.of(company("co1", "Analytical Engines"), company("co2", "Difference")));
    runImport();
    Files.delete(folder.resolve("people.jsonl"));
    Files.delete(folder.resolve("companies.jsonl"));
    write(folder, "deleted.jsonl", List.of(deleted("pr2"), deleted("co1"), deleted("nobody"), "{\"id\": 7}"));
    changes.clear();

    ImportSummary summary = runImport();

    assertThat(summary.people()).isEqualTo(new KindCounts(0, 0, 0, 1));
    assertThat(summary.companies()).isEqualTo(new KindCounts(0, 0, 0, 1));
    assertThat(summary.rejections()).containsExactly(
        new Rejection("deleted.jsonl", 4, "id: expected a string, got number"));
    assertThat(query("SELECT id FROM directory_person")).containsExactly("pr1");
    assertThat(query("SELECT id FROM directory_company")).containsExactly("co2");
    assertThat(changed(DirectoryChanges::deletedPeople)).containsExactly("pr2");
    assertThat(changed(DirectoryChanges::deletedCompanies)).containsExactly("co1");
  }

  @Test
  void badLinesAreReportedWithTheirLineNumbersWhileGoodOnesLand() throws Exception {
    write(folder, "people.jsonl", List.of(
        person("pr1", "CTO", "ada@example.com"),
        "{\"id\": \"pr2\", \"emails\": [\"secret@example.com\"] oops",
        "{\"firstName\": \"Nobody\"}",
        "{\"id\": \"pr4\", \"positions\": {\"title\": \"CTO\"}}",
        "{\"id\": 5, \"firstName\": \"Numbered\"}",
        "",
        person("pr7", "CEO", "bob@example.com"),
        person("pr1", "CTO again", "ada@example.com"),
        "[1, 2]",
        "{\"id\": \"pr10\", \"emails\": [\"a\\u0000b\"]}",
        "{\"id\": \"pr11\", \"positions\": [{\"current\": \"yes\"}]}",
        "{\"id\": \"  \"}"));

    ImportSummary summary = runImport();

    assertThat(summary.people()).isEqualTo(new KindCounts(2, 0, 0, 0));
    assertThat(query("SELECT id FROM directory_person ORDER BY id")).containsExactly("pr1", "pr7");
    assertThat(summary.rejections()).extracting(Rejection::line, Rejection::reason).containsExactly(
        tuple(2L, "invalid JSON at column 48"),
        tuple(3L, "missing id"),
        tuple(4L, "positions: expected an array, got object"),
        tuple(5L, "id: expected a string, got number"),
        tuple(8L, "duplicate id: already on line 1"),
        tuple(9L, "expected a JSON object, got array"),
        tuple(10L, "contains a NUL character (\\u0000), which cannot be stored"),
        tuple(11L, "positions[0].current: expected true or false, got string"),
        tuple(12L, "id: must not be blank"));
    assertThat(summary.rejected()).isEqualTo(9);
    assertThat(summary.rejections()).allSatisfy(rejection -> assertThat(rejection.file()).isEqualTo("people.jsonl"));
  }

  @Test
  void aDuplicateIdInALaterBatchIsRejectedAndTheFirstLineWins() throws Exception {
    List<String> lines = new ArrayList<>(IntStream.range(0, BATCH_LINES + 10)
        .mapToObj(i -> person("pr" + i, "Engineer", "p" + i + "@example.com")).toList());
    lines.add(person("pr5", "Impostor", "p5@example.com"));

    write(folder, "people.jsonl", lines);
    ImportSummary summary = runImport();

    assertThat(summary.people()).isEqualTo(new KindCounts(BATCH_LINES + 10, 0, 0, 0));
    assertThat(summary.rejections()).containsExactly(
        new Rejection("people.jsonl", BATCH_LINES + 11, "duplicate id: already earlier in the file"));
    assertThat(query("SELECT profile->>'headline' FROM directory_person WHERE id = 'pr5'")).containsExactly("Engineer");
  }

  @Test
  void largeFilesGoInSeveralBatchesWithProgressUpToTheWholeSize() throws Exception {
    int count = BATCH_LINES * 2 + 1;
    write(folder, "people.jsonl", IntStream.range(0, count)
        .mapToObj(i -> person("pr" + i, "Engineer " + i, "p" + i + "@example.com")).toList());

    ImportSummary summary = runImport();

    assertThat(summary.people()).isEqualTo(new KindCounts(count, 0, 0, 0));
    assertThat(changes).hasSize(3);
    assertThat(changed(DirectoryChanges::upsertedPeople)).hasSize(count).doesNotHaveDuplicates();
    ImportProgress last = progress.get(progress.size() - 1);
    assertThat(last.records()).isEqualTo(count);
    assertThat(last.bytesRead()).isEqualTo(Files.size(folder.resolve("people.jsonl"))).isEqualTo(last.totalBytes());
    assertThat(last.percent()).isEqualTo(100);
    assertThat(progress).extracting(ImportProgress::bytesRead).isSorted();
  }

  @Test
  void aFailingListenerStopsTheImportKeepingCommittedBatchesAndFreeingTheLock() throws Exception {
    int count = BATCH_LINES * 3;
    write(folder, "people.jsonl", IntStream.range(0, count)
        .mapToObj(i -> person("pr" + i, "Engineer", "p" + i + "@example.com")).toList());
    DirectoryChangeListener failing = change -> {
      throw new IllegalStateException("matcher is down");
    };

    assertThatThrownBy(() -> importer.importFolder(folder, failing, ProgressListener.NONE))
        .hasMessage("matcher is down");

    assertThat(query("SELECT count(*) FROM directory_person")).containsExactly(Integer.toString(BATCH_LINES));
    assertThat(runImport().people()).isEqualTo(new KindCounts(count - BATCH_LINES, 0,
        BATCH_LINES, 0));
  }

  @Test
  void aFolderWithoutDirectoryFilesIsRefused() {
    assertThatThrownBy(() -> runImport())
        .isInstanceOf(DirectoryFolderException.class)
        .hasMessageContaining("holds none of people.jsonl, companies.jsonl, deleted.jsonl");
    assertThatThrownBy(() -> importer.start(folder.resolve("missing")))
        .isInstanceOf(DirectoryFolderException.class)
        .hasMessageEndingWith("missing: not a directory");
  }

  @Test
  void onlyOneImportRunsAtATime() throws Exception {
    write(folder, "companies.jsonl", List.of(company("co1", "Analytical Engines")));
    try (DirectoryImport first = importer.start(folder)) {
      assertThatThrownBy(() -> importer.start(folder)).isInstanceOf(ImportAlreadyRunningException.class);
      first.run(DirectoryChangeListener.NONE, ProgressListener.NONE);
    }
    assertThat(runImport().companies().unchanged()).isEqualTo(1);
  }

  private ImportSummary runImport() throws Exception {
    return importer.importFolder(folder, changes::add, progress::add);
  }

  private List<String> changed(Function<DirectoryChanges, List<String>> ids) {
    return changes.stream().flatMap(change -> ids.apply(change).stream()).toList();
  }

  /** Each row's physical version: any write to a row changes it, even a lock or an update to equal values. */
  private List<String> rowVersions() throws Exception {
    List<String> versions = new ArrayList<>(
        query("SELECT id || xmin::text || xmax::text || ctid::text FROM directory_person ORDER BY id"));
    versions.addAll(query("SELECT id || xmin::text || xmax::text || ctid::text FROM directory_company ORDER BY id"));
    return versions;
  }

  private List<String> query(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection connection = database.openConnection();
         Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
