package dev.crmsync.gateway.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crmsync.gateway.testing.Acme;
import dev.crmsync.gateway.testing.ApiFixture;
import dev.crmsync.gateway.testing.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The widget in a real browser: the demo's Salesforce record page frames it after a Canvas sign-in, it shows
 * the sync's match, a user rematches the record, and a colleague's separate session shows the override.
 * Screenshots land in target/screenshots.
 */
class WidgetBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  /** The widget's document inside the framing page. */
  private static final String WIDGET = "document.querySelector('iframe')?.contentDocument";

  private static ApiFixture api;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(HeadlessChromium.installed(), "needs Debian's chromium (.ci/run installs it)");
    api = ApiFixture.start(Map.of("demo.enabled", "true"));
    Acme acme = Acme.seed(api);
    api.sql("UPDATE tenant_widget_app SET salesforce_origins = ? WHERE tenant_id = ?",
        new String[] {"http://127.0.0.1:" + api.port()}, acme.acme);
    chromium = HeadlessChromium.launch();
  }

  @AfterAll
  static void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (api != null) {
      api.close();
    }
  }

  private static String recordPage(String user) {
    return "http://127.0.0.1:" + api.port() + "/demo/salesforce/" + Acme.JANE_CONTACT + "?user=" + user;
  }

  private static String text(String id) {
    return "(() => { const d = " + WIDGET + "; const e = d && d.getElementById('" + id + "');"
        + " return e && !d.getElementById('profile').hidden ? e.textContent : null; })()";
  }

  @Test
  void rendersTheMatchRematchesAndShowsTheOverrideInASecondSession() throws Exception {
    HeadlessChromium.Tab alice = chromium.open(recordPage("alice@acme.example"));
    alice.await(text("name"), "Jane Doe"::equals, WAIT);
    assertThat(alice.eval(text("status"))).isEqualTo("Matched");
    assertThat(alice.eval(text("headline"))).isEqualTo("Head of Procurement at Northwind");
    assertThat(alice.eval(WIDGET + ".querySelectorAll('#evidence li').length")).isEqualTo(3);
    assertThat((String) alice.eval(WIDGET + ".getElementById('stale-list').textContent")).contains("Title is Buyer");
    alice.screenshot(Path.of("target", "screenshots", "widget-match.png"));

    alice.eval(WIDGET + ".getElementById('rematch').click()");
    String nurse = "[..." + WIDGET + ".querySelectorAll('#results .result')].find(r => r.textContent.includes('Nurse'))";
    alice.await("!!(" + nurse + ")", Boolean.TRUE::equals, WAIT);
    alice.screenshot(Path.of("target", "screenshots", "widget-rematch-search.png"));
    alice.eval(nurse + ".querySelector('button').click()");
    alice.await(text("headline"), "Nurse"::equals, WAIT);
    assertThat(alice.eval(text("status"))).isEqualTo("Confirmed");
    alice.screenshot(Path.of("target", "screenshots", "widget-rematched.png"));

    HeadlessChromium.Tab bert = chromium.open(recordPage("bert@acme.example"));
    bert.await(text("headline"), "Nurse"::equals, WAIT);
    assertThat(bert.eval(text("status"))).isEqualTo("Confirmed");
    assertThat((String) bert.eval(text("confidence-text"))).contains("alice@acme.example");
    assertThat((String) bert.await(WIDGET + ".getElementById('history').textContent",
        value -> value instanceof String s && !s.isEmpty(), WAIT)).startsWith("Rematched by alice@acme.example");
  }
}
