package dev.crmsync.salesforce.http;

import dev.crmsync.salesforce.context.OnContext;
import dev.crmsync.salesforce.limits.UsageMeter;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls one org as one user. Every call carries the session's token; a 401 renews the token and repeats the call
 * once; a 5xx or a timeout is retried with backoff when the call is idempotent; every answer's
 * {@code Sforce-Limit-Info} feeds the usage meter. Errors fail the future with {@link SalesforceApiException}.
 */
public final class SalesforceApi {
  public static final String LIMIT_INFO = "Sforce-Limit-Info";
  /** Tags our writes so that change events can tell them from the org's own (salesforce-api.md §2.6). */
  static final String CALL_OPTIONS = "client=crm-sync";
  private static final Logger LOG = LoggerFactory.getLogger(SalesforceApi.class);

  private final Vertx vertx;
  private final HttpClient http;
  private final Session session;
  private final ApiSettings settings;
  private final UsageMeter meter;
  private final Context context;

  public SalesforceApi(Vertx vertx, HttpClient http, Session session, ApiSettings settings, UsageMeter meter) {
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    this.http = http;
    this.session = session;
    this.settings = settings;
    this.meter = meter;
  }

  /** The HTTP client the connector wants: gzip answers accepted, as Bulk results are always compressed. */
  public static HttpClient newHttpClient(Vertx vertx) {
    return vertx.createHttpClient(new HttpClientOptions().setDecompressionSupported(true).setKeepAlive(true));
  }

  public ApiSettings settings() {
    return settings;
  }

  public Session session() {
    return session;
  }

  public UsageMeter meter() {
    return meter;
  }

  /** Sends a call and reads the whole answer. */
  public Future<ApiResponse> send(ApiRequest request) {
    return exchange(request, response -> response.body()
        .map(body -> new ApiResponse(response.statusCode(), response.headers(), body)), 0, false);
  }

  /** Sends a call whose answer body streams into a blocking {@link java.io.InputStream}. */
  public Future<StreamedResponse> stream(ApiRequest request) {
    // the body's handlers are set on the connection's own context, where the answer is being delivered
    return exchange(request, response -> Future.succeededFuture(new StreamedResponse(response.headers(),
        new StreamedBody(response, Vertx.currentContext(), () -> response.request().reset()))), 0, false);
  }

  private <T> Future<T> exchange(ApiRequest request, Function<HttpClientResponse, Future<T>> accept, int retry,
      boolean renewed) {
    String token = session.accessToken();
    return once(request, token, accept).recover(failure -> {
      if (failure instanceof SalesforceApiException e && e.status() == 401 && !renewed) {
        return session.renewAfter(token).compose(fresh -> exchange(request, accept, retry, true));
      }
      if (retryable(request, failure) && settings.retry().allowsRetry(retry)) {
        Duration delay = settings.retry().delay(retry, ThreadLocalRandom.current());
        LOG.warn("{} {} failed ({}); retry {} in {} ms", request.method(), request.path(), failure.getMessage(),
            retry + 1, delay.toMillis());
        return vertx.timer(Math.max(1, delay.toMillis()))
            .compose(fired -> exchange(request, accept, retry + 1, renewed));
      }
      return Future.failedFuture(failure);
    });
  }

  private <T> Future<T> once(ApiRequest request, String token, Function<HttpClientResponse, Future<T>> accept) {
    RequestOptions options = new RequestOptions()
        .setMethod(request.method())
        .setAbsoluteURI(session.instanceUrl() + request.path())
        .setIdleTimeout(settings.idleTimeout().toMillis())
        .putHeader("Authorization", "Bearer " + token)
        .putHeader("Accept", "application/json")
        .putHeader("Sforce-Call-Options", CALL_OPTIONS);
    request.headers().forEach(options::putHeader);
    return OnContext.run(context, () -> http.request(options)
        .compose(sent -> request.body().map(sent::send).orElseGet(sent::send))
        .compose(response -> {
          meter.recordCall(response.getHeader(LIMIT_INFO));
          if (response.statusCode() < 300) {
            return accept.apply(response);
          }
          return response.body().compose(body ->
              Future.failedFuture(SalesforceApiException.fromResponse(response.statusCode(), body)));
        }));
  }

  private static boolean retryable(ApiRequest request, Throwable failure) {
    if (failure instanceof SalesforceApiException e) {
      return e.status() >= 500 && request.idempotent();
    }
    return request.idempotent() || failure instanceof ConnectException;
  }
}
