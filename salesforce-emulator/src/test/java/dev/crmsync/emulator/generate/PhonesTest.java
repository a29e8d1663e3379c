package dev.crmsync.emulator.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

class PhonesTest {
  private final Phones phones = new Phones();
  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

  @Test
  void typedNumbersParseBackToTheSameNumberInEveryCountry() throws NumberParseException {
    Vocabulary vocabulary = Vocabulary.bundled();
    Rng rng = Rng.of(1, 1, 1);
    for (Country country : Country.values()) {
      for (int i = 0; i < 200; i++) {
        City city = rng.pick(vocabulary.cities(country));
        String national = i % 2 == 0 ? phones.landline(city, rng) : phones.mobile(city, rng);
        String typed = phones.typed(country, national, rng);
        PhoneNumber parsed = util.parse(typed, country.isoCode());
        assertThat(Long.toString(parsed.getNationalNumber())).as(typed).isEqualTo(national);
        assertThat(phones.e164(country, national)).isEqualTo("+" + parsed.getCountryCode() + national);
      }
    }
  }

  @Test
  void aLayoutTakesTheDigitsOfAnotherNumber() {
    assertThat(Phones.withDigits("+49 30 1234567", "307654321")).isEqualTo("+49 30 7654321");
    assertThat(Phones.withDigits("(415) 555-0100", "4159876543")).isEqualTo("(415) 987-6543");
  }
}
