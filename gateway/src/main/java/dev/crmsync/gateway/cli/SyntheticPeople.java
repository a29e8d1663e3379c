package dev.crmsync.gateway.cli;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Large synthetic directories and CRMs for the speed benchmark, made in memory in seconds: names from syllables,
 * so a million people have realistic collisions, and each CRM record a noisy copy of a directory person (or a
 * stranger). Not for quality figures: those come from the generator and FEBRL.
 */
final class SyntheticPeople {
  private static final String[] GIVEN = {"anna", "ben", "carla", "david", "elena", "felix", "grace", "henry",
      "iris", "jack", "kate", "liam", "maria", "noah", "olga", "paul", "rosa", "sam", "tina", "victor", "william",
      "robert", "margaret", "james", "susan", "thomas", "laura", "peter", "nina", "omar", "priya", "yuki"};
  private static final String[] SYLLABLES = {"ba", "ker", "son", "mil", "ler", "an", "der", "sen", "ro", "ma",
      "ti", "no", "vic", "ha", "ll", "ber", "gen", "ko", "wal", "ski", "fi", "sch", "er", "wen", "ton", "ley"};
  private static final String[] CITIES = {"London", "Berlin", "Paris", "Madrid", "Chicago", "Toronto", "Sydney",
      "Munich", "Leeds", "Lyon", "Austin", "Denver", "Dublin", "Oslo", "Vienna", "Zurich"};
  private static final String[] COUNTRIES = {"United Kingdom", "Germany", "France", "Spain", "USA", "Canada",
      "Australia", "Germany", "UK", "France", "US", "US", "Ireland", "Norway", "Austria", "Switzerland"};

  private SyntheticPeople() {
  }

  /** Two lists: {@code people} directory people, and as many CRM Leads and Contacts, most of them of those people. */
  record World(List<Entry> people, List<Entry> crm) {
  }

  static World make(int size, long seed) {
    Random random = new Random(seed);
    List<Entry> people = new ArrayList<>(size);
    List<Entry> crm = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String given = GIVEN[random.nextInt(GIVEN.length)];
      String family = word(random, 2 + random.nextInt(2));
      String company = word(random, 2) + " " + word(random, 2) + " Ltd";
      String domain = company.split(" ")[0] + company.split(" ")[1] + ".com";
      int place = random.nextInt(CITIES.length);
      people.add(new EntryBuilder("pr" + i, Source.DIRECTORY_PERSON).name(given, family).company(company)
          .website(domain).email(given + "." + family + "@" + domain).title("Manager")
          .address(null, CITIES[place], null, null, COUNTRIES[place]).build());
      boolean stranger = random.nextInt(5) == 0;
      String crmFamily = stranger ? word(random, 3) : typo(random, family);
      crm.add(new EntryBuilder(String.format("%s%015d", i % 2 == 0 ? "003" : "00Q", i),
          i % 2 == 0 ? Source.CONTACT : Source.LEAD).name(given, crmFamily).company(company)
          .email(random.nextBoolean() ? given + "." + crmFamily + "@" + domain : null)
          .address(null, CITIES[place], null, null, COUNTRIES[place]).build());
    }
    return new World(people, crm);
  }

  private static String word(Random random, int syllables) {
    StringBuilder word = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return word.toString();
  }

  private static String typo(Random random, String value) {
    if (random.nextInt(10) != 0 || value.length() < 4) {
      return value;
    }
    int at = 1 + random.nextInt(value.length() - 2);
    return value.substring(0, at) + value.charAt(at + 1) + value.charAt(at) + value.substring(at + 2);
  }
}
