package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.RecordSink;

/**
 * Generates a realistic Salesforce org and a matching directory, with ground truth, from a seed: the same spec
 * gives the same records in the same order. Records stream into the sinks as they are made (roles and users
 * first, then company by company), and every id a record refers to belongs to a record written before it, so
 * memory stays flat whatever the size.
 */
public final class OrgGenerator {
  private OrgGenerator() {
  }

  public static GenerationCounts generate(GeneratorSpec spec, RecordSink crm, DirectorySink directory,
      TruthSink truth) {
    Sinks sinks = new Sinks(crm, directory, truth);
    Vocabulary vocabulary = Vocabulary.bundled();
    Phones phones = new Phones();
    SalesTeam team = SalesTeam.build(spec.seed(), spec.users(), vocabulary, phones, sinks.crm());
    new OrgBuilder(spec, vocabulary, phones, team, sinks).buildAll();
    return sinks.counts();
  }
}
