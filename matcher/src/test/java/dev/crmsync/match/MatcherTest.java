package dev.crmsync.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmsync.index.Schema;
import dev.crmsync.index.SearchIndex;
import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.match.compare.Comparators;
import dev.crmsync.match.compare.Field;
import dev.crmsync.match.compare.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatcherTest {
  private static final String[] GIVEN = {"anna", "ben", "carla", "dmitri", "elena", "farid", "greta", "hiro",
      "ines", "jonas", "kofi", "lena", "mateo", "nora", "oskar", "priya"};
  private static final String[] FAMILY = {"smith", "nguyen", "okafor", "schulz", "rossi", "tanaka", "kowalski",
      "haddad", "larsen", "moreau", "silva", "novak", "brennan", "ivanova", "kaur", "fischer"};
  private static final String[] COMPANY = {"Acme GmbH", "Globex Inc", "Initech LLC", "Umbrella plc"};

  private final Nicknames nicknames = Nicknames.bundled();
  private final Map<String, Entry> profiles = new HashMap<>();
  private SearchIndex index;
  private Matcher matcher;

  @BeforeEach
  void setUp() {
    List<Entry> directory = new ArrayList<>();
    for (int i = 0; i < GIVEN.length * FAMILY.length; i++) {
      String company = COMPANY[i % COMPANY.length];
      directory.add(new EntryBuilder("p" + i, Source.DIRECTORY_PERSON)
          .name(GIVEN[i % GIVEN.length], FAMILY[i / GIVEN.length]).company(company)
          .pastCompany(COMPANY[(i + 1) % COMPANY.length]).title("Sales Manager")
          .email(GIVEN[i % GIVEN.length] + "." + FAMILY[i / GIVEN.length] + "@example" + i % 4 + ".com")
          .address(null, i % 2 == 0 ? "Berlin" : "London", null, null, i % 2 == 0 ? "DE" : "GB").build());
    }
    directory.forEach(p -> profiles.put(p.id(), p));
    index = SearchIndex.open(new ByteBuffersDirectory(), new Schema(nicknames));
    index.rebuild(directory.iterator());
    index.refresh();
    Comparators comparators = new Comparators(nicknames);
    ModelEstimator estimator = new ModelEstimator(comparators);
    Scorer scorer = new Scorer(comparators, estimator.estimate(true, directory, directory, 1),
        estimator.estimate(false, List.of(), List.of(), 1));
    matcher = new Matcher(scorer, new CandidateSearch(index, 10), new Thresholds(10, 4, 3));
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  private static Entry contact(String id, String given, String family, String company) {
    return new EntryBuilder(id, Source.CONTACT).name(given, family).company(company).title("Sales Manager")
        .address(null, "Berlin", null, null, "Germany").build();
  }

  @Test
  void theExplanationAddsUpToTheScoreAndSurvivesJson() throws Exception {
    Decision decision = matcher.match(List.of(contact("c1", "Anna", "Smith", "Acme")), profiles::get, List.of(),
        Set.of()).getFirst();

    double sum = decision.explanation().contributions().stream().mapToDouble(Contribution::weight).sum();
    assertThat(sum).isCloseTo(decision.score(), within(1e-9));
    assertThat(decision.explanation().total()).isEqualTo(decision.score());
    ObjectMapper json = new ObjectMapper();
    JsonNode tree = json.readTree(json.writeValueAsString(decision.explanation()));
    double jsonSum = 0;
    for (JsonNode contribution : tree.path("contributions")) {
      jsonSum += contribution.path("weight").asDouble();
    }
    assertThat(jsonSum).isCloseTo(tree.path("total").asDouble(), within(1e-9));
    assertThat(tree.path("thresholds").path("match").asDouble()).isEqualTo(10);
  }

  @Test
  void aNicknameFindsTheProfile() {
    Entry benjamin = new EntryBuilder("c1", Source.CONTACT).name("Benjamin", "Smith").company("Globex")
        .title("Sales Manager").address(null, "London", null, null, "United Kingdom").build();
    Decision decision = matcher.match(List.of(benjamin), profiles::get, List.of(), Set.of()).getFirst();

    assertThat(decision.profileId()).isEqualTo("p1");
    assertThat(decision.explanation().contributions())
        .anySatisfy(c -> assertThat(c.level()).isEqualTo(Level.VARIANT));
  }

  @Test
  void aLinkToSomeoneWhoLeftTheCompanySaysSo() {
    Entry p1 = profiles.get("p1");
    String formerEmployer = p1.pastCompanies().getFirst();
    Decision decision = matcher.match(List.of(new EntryBuilder("c1", Source.CONTACT).name("Ben", "Smith")
        .company(formerEmployer).email("ben.smith@example1.com").build()), profiles::get, List.of(), Set.of())
        .getFirst();

    assertThat(decision.profileId()).isEqualTo("p1");
    assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.MATCH);
    assertThat(decision.staleReasons()).anySatisfy(reason -> {
      assertThat(reason.field()).isEqualTo("company");
      assertThat(reason.message()).startsWith("no longer at " + formerEmployer);
    });
  }

  @Test
  void aPromotionTheCrmMissedIsStaleThoughTheTitlesAreAlike() {
    Comparators comparators = new Comparators(nicknames);
    Entry crm = new EntryBuilder("c1", Source.CONTACT).name("Ben", "Smith").title("Head of Procurement").build();

    assertThat(new Staleness(comparators).reasons(crm,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).name("Ben", "Smith").title("Director of Procurement").build()))
        .extracting(StaleReason::field).containsExactly("title");
    assertThat(new Staleness(comparators).reasons(crm,
        new EntryBuilder("p", Source.DIRECTORY_PERSON).name("Ben", "Smith").title("Head Procurement").build()))
        .isEmpty();
  }

  @Test
  void aRareNameCountsMoreThanACommonOne() {
    Entry rare = new EntryBuilder("rare", Source.DIRECTORY_PERSON).name("Xanthippe", "Smith").build();
    Comparators comparators = new Comparators(nicknames);
    List<Entry> directory = new ArrayList<>(profiles.values());
    directory.add(rare);
    Model model = new ModelEstimator(comparators).estimate(true, List.of(rare), directory, 1);
    double rareWeight = model.contribution(Field.GIVEN,
        comparators.compare(Field.GIVEN, rare, rare)).weight();
    double commonWeight = model.contribution(Field.FAMILY,
        comparators.compare(Field.FAMILY, rare, rare)).weight();

    assertThat(rareWeight).isGreaterThan(commonWeight + 3);
  }
}
