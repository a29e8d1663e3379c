package dev.crmsync.emulator.generate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often each kind of real-world noise hits a CRM record, each a probability in [0, 1]. A rate applies to
 * the records where the noise is possible: {@code nickname} to first names that have a nickname,
 * {@code accentsStripped} to names with accents, {@code stateSpelling} to addresses with a state.
 *
 * @param leadAndContact share of contacts whose person is also an open lead
 * @param convertedLead share of contacts that came from a converted lead
 * @param decoy share of CRM people who get a namesake in the directory
 * @param duplicateAccount share of accounts that have a duplicate account
 */
public record NoiseRates(double nickname, double accentsStripped, double typo, double swappedNames,
    double initial, double nameCase, double emailPattern, double emailPlusTag, double personalEmail,
    double missingEmail, double missingPhone, double phoneFormat, double countrySpelling, double stateSpelling,
    double missingAddress, double missingTitle, double titleVariant, double staleEmployer, double staleTitle,
    double staleLocation, double leadAndContact, double convertedLead, double decoy, double duplicateAccount,
    double accountNameVariant) {

  /** Rates in the range seen in real orgs. */
  public static final NoiseRates REALISTIC = new NoiseRates(0.15, 0.6, 0.05, 0.02, 0.03, 0.03, 0.12, 0.02,
      0.08, 0.1, 0.2, 0.7, 0.5, 0.4, 0.1, 0.08, 0.1, 0.08, 0.1, 0.05, 0.08, 0.15, 0.03, 0.05, 0.3);

  /** Clean data: CRM records copy the directory exactly. */
  public static final NoiseRates NONE = new NoiseRates(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0);

  public NoiseRates {
    Map<String, Double> rates = new LinkedHashMap<>();
    rates.put("nickname", nickname);
    rates.put("accentsStripped", accentsStripped);
    rates.put("typo", typo);
    rates.put("swappedNames", swappedNames);
    rates.put("initial", initial);
    rates.put("nameCase", nameCase);
    rates.put("emailPattern", emailPattern);
    rates.put("emailPlusTag", emailPlusTag);
    rates.put("personalEmail", personalEmail);
    rates.put("missingEmail", missingEmail);
    rates.put("missingPhone", missingPhone);
    rates.put("phoneFormat", phoneFormat);
    rates.put("countrySpelling", countrySpelling);
    rates.put("stateSpelling", stateSpelling);
    rates.put("missingAddress", missingAddress);
    rates.put("missingTitle", missingTitle);
    rates.put("titleVariant", titleVariant);
    rates.put("staleEmployer", staleEmployer);
    rates.put("staleTitle", staleTitle);
    rates.put("staleLocation", staleLocation);
    rates.put("leadAndContact", leadAndContact);
    rates.put("convertedLead", convertedLead);
    rates.put("decoy", decoy);
    rates.put("duplicateAccount", duplicateAccount);
    rates.put("accountNameVariant", accountNameVariant);
    rates.forEach((name, rate) -> {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("noise." + name + " must be in [0, 1], got " + rate);
      }
    });
    if (leadAndContact + convertedLead > 1) {
      throw new IllegalArgumentException("noise.leadAndContact + noise.convertedLead must be <= 1, got "
          + (leadAndContact + convertedLead));
    }
  }

  /** These rates with the one named {@code name} (a component name, such as {@code typo}) set to {@code rate}. */
  public NoiseRates with(String name, double rate) {
    RecordComponent[] components = NoiseRates.class.getRecordComponents();
    Object[] values = new Object[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        found |= components[i].getName().equals(name);
        values[i] = components[i].getName().equals(name) ? rate : components[i].getAccessor().invoke(this);
      }
      if (!found) {
        throw new IllegalArgumentException("noise rate name must be one of "
            + Arrays.stream(components).map(RecordComponent::getName).toList() + ", got " + name);
      }
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      return NoiseRates.class.getDeclaredConstructor(types).newInstance(values);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy NoiseRates", e);
    }
  }
}
