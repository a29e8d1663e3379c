package dev.crmsync.gateway.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class's gateway with the Acme tenant seeded once, shared by its tests (which only read or add). */
public abstract class SeededApiTest {
  protected static ApiFixture api;
  protected static Acme acme;

  @BeforeAll
  static void startSeeded() throws Exception {
    api = ApiFixture.start();
    acme = Acme.seed(api);
  }

  @AfterAll
  static void stopSeeded() throws Exception {
    api.close();
  }
}
