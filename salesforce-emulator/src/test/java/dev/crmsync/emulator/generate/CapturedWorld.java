package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.RecordSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a generation emits, in order, held in memory for assertions. */
final class CapturedWorld implements RecordSink, DirectorySink, TruthSink {
  /** One CRM record as the sink received it. */
  record Row(String sobject, Map<String, String> fields) {
    String get(String field) {
      return fields.get(field);
    }
  }

  final List<Row> rows = new ArrayList<>();
  final Map<String, DirectoryPerson> people = new LinkedHashMap<>();
  final Map<String, DirectoryCompany> companies = new LinkedHashMap<>();
  final List<TruthLink> links = new ArrayList<>();
  final List<StaleFact> stale = new ArrayList<>();
  final List<Decoy> decoys = new ArrayList<>();
  GenerationCounts counts;

  static CapturedWorld of(GeneratorSpec spec) {
    CapturedWorld world = new CapturedWorld();
    world.counts = OrgGenerator.generate(spec, world, world, world);
    return world;
  }

  @Override
  public void record(String sobject, Map<String, String> fields) {
    rows.add(new Row(sobject, Map.copyOf(fields)));
  }

  @Override
  public void accept(DirectoryEntry entry) {
    switch (entry) {
      case DirectoryPerson person -> people.put(person.id(), person);
      case DirectoryCompany company -> companies.put(company.id(), company);
    }
  }

  @Override
  public void accept(TruthFact fact) {
    switch (fact) {
      case TruthLink link -> links.add(link);
      case StaleFact staleFact -> stale.add(staleFact);
      case Decoy decoy -> decoys.add(decoy);
    }
  }

  List<Row> rows(CrmObject object) {
    return rows.stream().filter(row -> row.sobject().equals(object.apiName())).toList();
  }

  /** Every CRM record by id. */
  Map<String, Row> byId() {
    Map<String, Row> byId = new HashMap<>();
    rows.forEach(row -> byId.put(row.get("Id"), row));
    return byId;
  }

  List<TruthLink> personLinks() {
    return links.stream().filter(link -> link.crmObject() != CrmObject.ACCOUNT).toList();
  }
}
