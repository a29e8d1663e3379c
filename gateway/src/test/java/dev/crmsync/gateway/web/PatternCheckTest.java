package dev.crmsync.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternCheckTest {
  private static final String ALPHABET = "aZz09_.:-/ \"\\\n\tÀé東?[]{}^$";

  private static String randomString(Random random) {
    StringBuilder value = new StringBuilder();
    int length = random.nextInt(24);
    for (int i = 0; i < length; i++) {
      value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return value.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"^[A-Za-z0-9_.:-]{1,64}$", "^[a-z0-9]{2,5}$", "^[^a-c]{0,3}$", "^[\\w.]{1,9}$",
      "z[0-9]+", "^(a|b)$", "^[a-z]{2}$"})
  void admitsWhatTheRegexAdmitsForAsciiWithoutLineBreaks(String pattern) {
    Predicate<String> check = PatternCheck.of(pattern);
    Pattern regex = Pattern.compile(pattern);
    Random random = new Random(pattern.hashCode());
    for (int i = 0; i < 20_000; i++) {
      String value = randomString(random);
      boolean expected = regex.matcher(value).find();
      if (check.test(value)) {
        assertThat(expected).as("'%s' admitted by the check but not by %s", value, pattern).isTrue();
      } else if (value.chars().allMatch(c -> c < 128 && c != '\n')) {
        assertThat(expected).as("'%s' refused by the check but admitted by %s", value, pattern).isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"p-1", "a_b.c:d-E9", "x"})
  void admitsTheDocumentsProfileIds(String id) {
    assertThat(PatternCheck.of("^[A-Za-z0-9_.:-]{1,64}$").test(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "p 1", "p/1", "é", "p-1\n"})
  void refusesWhatIsNotPlainlyAProfileId(String id) {
    assertThat(PatternCheck.of("^[A-Za-z0-9_.:-]{1,64}$").test(id)).isFalse();
  }
}
