package dev.crmsync.match;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.match.compare.Comparators;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one CRM record against one candidate profile (all comparators, weights and the explanation), for a
 * matching pair and a namesake; and the baseline of the same run: a plain equality check of the two e-mails.
 * Run: see the matcher README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScorerBenchmark {
  private Scorer scorer;
  private Entry crm;
  private Entry same;
  private Entry namesake;

  @Setup
  public void setUp() {
    Comparators comparators = new Comparators(Nicknames.bundled());
    List<Entry> directory = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      directory.add(new EntryBuilder("p" + i, Source.DIRECTORY_PERSON).name("Given" + i % 97, "Family" + i % 701)
          .company("Company " + i % 113 + " GmbH").email("g" + i + "@company" + i % 113 + ".de")
          .address(null, "City" + i % 31, null, "1" + i % 89, "Germany").title("Sales Manager").build());
    }
    crm = new EntryBuilder("00Q000000000001AAA", Source.LEAD).name("Bill", "Richards-Morales")
        .company("Southern Networks GmbH").email("bill.richards-morales+crm@southernnetworks.de")
        .phone("030 1234567").title("VP Procurement").address("Unter den Linden 1", "Berlin", "BE", "10117", "DE")
        .build();
    same = new EntryBuilder("pr1", Source.DIRECTORY_PERSON).name("William", "Richards Morales")
        .company("Southern Networks").website("southernnetworks.de").email("bill.richards-morales@southernnetworks.de")
        .phone("+49 30 1234567").title("Vice President Procurement").address(null, "Berlin", null, "10117", "Germany")
        .build();
    namesake = new EntryBuilder("pr2", Source.DIRECTORY_PERSON).name("Bill", "Richards")
        .company("Pine Bio").email("bill@pinebio.com").title("Buyer").address(null, "Hamburg", null, "20095", "DE")
        .build();
    ModelEstimator estimator = new ModelEstimator(comparators);
    scorer = new Scorer(comparators, estimator.estimate(true, directory, directory, 1),
        estimator.estimate(false, List.of(), List.of(), 1));
  }

  @Benchmark
  public Scored scoreMatchingPair() {
    return scorer.score(crm, same);
  }

  @Benchmark
  public Scored scoreNamesake() {
    return scorer.score(crm, namesake);
  }

  @Benchmark
  public boolean baselineEmailEquality() {
    return crm.emails().getFirst().equals(same.emails().getFirst());
  }
}
