package dev.crmsync.match;

import static dev.crmsync.match.compare.Level.ACRONYM;
import static dev.crmsync.match.compare.Level.DIFFERENT;
import static dev.crmsync.match.compare.Level.EXACT;
import static dev.crmsync.match.compare.Level.INITIAL;
import static dev.crmsync.match.compare.Level.PARTIAL;
import static dev.crmsync.match.compare.Level.PAST;
import static dev.crmsync.match.compare.Level.PHONETIC;
import static dev.crmsync.match.compare.Level.SIMILAR;
import static dev.crmsync.match.compare.Level.SWAPPED;
import static dev.crmsync.match.compare.Level.VARIANT;

import dev.crmsync.match.compare.Field;
import dev.crmsync.match.compare.Level;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Starting m probabilities: how often a true match reaches each level of each field when both values are
 * known. They encode what CRM data looks like (typos, nicknames, people changing jobs, work vs personal
 * e-mail) and are refined on the data itself by {@link ModelEstimator}.
 */
final class Priors {
  static final List<Field> PERSON_FIELDS = List.of(Field.GIVEN, Field.FAMILY, Field.EMAIL, Field.PHONE,
      Field.COMPANY, Field.DOMAIN, Field.TITLE, Field.STREET, Field.CITY, Field.POSTAL_CODE, Field.STATE,
      Field.COUNTRY);
  static final List<Field> COMPANY_FIELDS = List.of(Field.COMPANY, Field.DOMAIN, Field.PHONE, Field.STREET,
      Field.CITY, Field.POSTAL_CODE, Field.STATE, Field.COUNTRY);

  private Priors() {
  }

  static Map<Field, Map<Level, Double>> person() {
    Map<Field, Map<Level, Double>> m = new EnumMap<>(Field.class);
    m.put(Field.GIVEN, levels(EXACT, .82, SWAPPED, .01, VARIANT, .04, SIMILAR, .05, PHONETIC, .02, INITIAL, .02,
        DIFFERENT, .04));
    m.put(Field.FAMILY, levels(EXACT, .84, SWAPPED, .01, SIMILAR, .06, PHONETIC, .02, PARTIAL, .02,
        DIFFERENT, .05));
    m.put(Field.EMAIL, levels(EXACT, .6, PARTIAL, .1, SIMILAR, .05, DIFFERENT, .25));
    m.put(Field.PHONE, levels(EXACT, .6, PARTIAL, .1, DIFFERENT, .3));
    m.put(Field.COMPANY, levels(EXACT, .6, ACRONYM, .03, SIMILAR, .12, PAST, .05, DIFFERENT, .2));
    m.put(Field.DOMAIN, levels(EXACT, .7, DIFFERENT, .3));
    m.put(Field.TITLE, levels(EXACT, .4, SIMILAR, .2, DIFFERENT, .4));
    putAddress(m);
    return m;
  }

  static Map<Field, Map<Level, Double>> company() {
    Map<Field, Map<Level, Double>> m = new EnumMap<>(Field.class);
    m.put(Field.COMPANY, levels(EXACT, .75, ACRONYM, .03, SIMILAR, .17, PAST, .0001, DIFFERENT, .05));
    m.put(Field.DOMAIN, levels(EXACT, .85, DIFFERENT, .15));
    m.put(Field.PHONE, levels(EXACT, .6, PARTIAL, .1, DIFFERENT, .3));
    putAddress(m);
    return m;
  }

  private static void putAddress(Map<Field, Map<Level, Double>> m) {
    m.put(Field.STREET, levels(EXACT, .7, SIMILAR, .15, DIFFERENT, .15));
    m.put(Field.CITY, levels(EXACT, .8, SIMILAR, .08, DIFFERENT, .12));
    m.put(Field.POSTAL_CODE, levels(EXACT, .8, PARTIAL, .1, DIFFERENT, .1));
    m.put(Field.STATE, levels(EXACT, .9, DIFFERENT, .1));
    m.put(Field.COUNTRY, levels(EXACT, .95, DIFFERENT, .05));
  }

  private static Map<Level, Double> levels(Object... levelAndM) {
    Map<Level, Double> levels = new EnumMap<>(Level.class);
    for (int i = 0; i < levelAndM.length; i += 2) {
      levels.put((Level) levelAndM[i], (Double) levelAndM[i + 1]);
    }
    return levels;
  }
}
