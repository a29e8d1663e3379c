package dev.crmsync.salesforce.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One call to an org: method, path under the instance URL, optional JSON body, extra headers, and whether it
 * may be repeated after a 5xx or timeout without doing its work twice (a create may not).
 */
public record ApiRequest(HttpMethod method, String path, Optional<Buffer> body, Map<String, String> headers,
    boolean idempotent) {

  public ApiRequest {
    if (method == null) {
      throw new IllegalArgumentException("method must be given");
    }
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /, got '" + path + "'");
    }
    body = body == null ? Optional.empty() : body;
    headers = Map.copyOf(headers == null ? Map.of() : headers);
  }

  public static ApiRequest get(String path) {
    return new ApiRequest(HttpMethod.GET, path, Optional.empty(), Map.of(), true);
  }

  public static ApiRequest delete(String path) {
    return new ApiRequest(HttpMethod.DELETE, path, Optional.empty(), Map.of(), true);
  }

  /** A request with a JSON body. */
  public static ApiRequest json(HttpMethod method, String path, Object body, boolean idempotent) {
    Buffer encoded = body instanceof JsonObject object ? object.toBuffer() : Buffer.buffer(io.vertx.core.json.Json.encode(body));
    return new ApiRequest(method, path, Optional.of(encoded), Map.of("Content-Type", "application/json"), idempotent);
  }

  public ApiRequest withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiRequest(method, path, body, more, idempotent);
  }
}
