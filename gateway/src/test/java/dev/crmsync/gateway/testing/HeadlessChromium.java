package dev.crmsync.gateway.testing;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol with the JDK's own WebSocket client: each
 * {@link Tab} lives in a browser context of its own, so two tabs are two sessions that share no cookies.
 */
public final class HeadlessChromium implements AutoCloseable {
  public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final long CALL_TIMEOUT_SECONDS = 30;

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  private HeadlessChromium(Process process, Path profile) throws Exception {
    this.process = process;
    this.profile = profile;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(debuggerUrl(profile)), new Listener()).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  public static boolean installed() {
    return Files.isExecutable(EXECUTABLE);
  }

  public static HeadlessChromium launch() throws Exception {
    Path profile = Files.createTempDirectory("crmsync-chromium");
    Process process = new ProcessBuilder(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank"))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      return new HeadlessChromium(process, profile);
    } catch (Exception e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** Chromium writes its port and browser endpoint to the profile once it listens. */
  private static String debuggerUrl(Path profile) throws Exception {
    Path file = profile.resolve("DevToolsActivePort");
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file);
        if (lines.size() >= 2) {
          return "ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim();
        }
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    throw new IllegalStateException("Chromium did not start within " + STARTUP);
  }

  /** A new tab in a new browser context (a separate session), showing the URL. */
  public Tab open(String url) throws Exception {
    String context = call(null, "Target.createBrowserContext", new JsonObject()).getString("browserContextId");
    String target = call(null, "Target.createTarget", new JsonObject().put("url", url)
        .put("browserContextId", context)).getString("targetId");
    String session = call(null, "Target.attachToTarget", new JsonObject().put("targetId", target)
        .put("flatten", true)).getString("sessionId");
    return new Tab(session);
  }

  private JsonObject call(String session, String method, JsonObject params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonObject> answer = new CompletableFuture<>();
    pending.put(id, answer);
    JsonObject message = new JsonObject().put("id", id).put("method", method).put("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    synchronized (socket) {
      socket.sendText(message.encode(), true).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
    JsonObject reply = answer.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (reply.containsKey("error")) {
      throw new IllegalStateException(method + " failed: " + reply.getJsonObject("error").encode());
    }
    return reply.getJsonObject("result", new JsonObject());
  }

  /** One page: evaluate script in it, wait for a condition, take a screenshot. */
  public final class Tab {
    private final String session;

    private Tab(String session) {
      this.session = session;
    }

    /** The value of a JavaScript expression (promises awaited), or null. */
    public Object eval(String expression) throws Exception {
      JsonObject result = call(session, "Runtime.evaluate", new JsonObject().put("expression", expression)
          .put("awaitPromise", true).put("returnByValue", true));
      if (result.containsKey("exceptionDetails")) {
        throw new IllegalStateException("script failed: " + result.getJsonObject("exceptionDetails").encode());
      }
      return result.getJsonObject("result").getValue("value");
    }

    /** Polls the expression until its value passes the test; fails with the last value after the timeout. */
    public Object await(String expression, Predicate<Object> test, Duration timeout) throws Exception {
      Instant deadline = Instant.now().plus(timeout);
      Object value = null;
      while (Instant.now().isBefore(deadline)) {
        value = eval(expression);
        if (test.test(value)) {
          return value;
        }
        TimeUnit.MILLISECONDS.sleep(100);
      }
      throw new AssertionError("waited " + timeout + " for " + expression + "; last value: " + value);
    }

    public void screenshot(Path file) throws Exception {
      String png = call(session, "Page.captureScreenshot", new JsonObject().put("format", "png"))
          .getString("data");
      Files.createDirectories(Objects.requireNonNull(file.toAbsolutePath().getParent()));
      Files.write(file, Base64.getDecoder().decode(png));
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        JsonObject message = new JsonObject(partial.toString());
        partial.setLength(0);
        Integer id = message.getInteger("id");
        if (id != null) {
          CompletableFuture<JsonObject> answer = pending.remove(id);
          if (answer != null) {
            answer.complete(message);
          }
        }
      }
      webSocket.request(1);
      return null;
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    socket.abort();
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
