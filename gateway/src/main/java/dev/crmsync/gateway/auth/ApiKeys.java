package dev.crmsync.gateway.auth;

import dev.crmsync.api.Caller;
import dev.crmsync.api.Via;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Per-tenant API keys of service callers. A key is 32 random bytes shown once; the database holds only its
 * SHA-256, which is enough for keys this random (no salt or slow hash needed, unlike passwords).
 */
public final class ApiKeys {
  static final String PREFIX = "csk_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Pool pool;

  public ApiKeys(Pool pool) {
    this.pool = pool;
  }

  /** Mints a key for the tenant and returns it; it cannot be read back later. */
  public Future<String> mint(UUID tenantId, String name) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return pool.preparedQuery(AuthQueries.INSERT_KEY)
        .execute(Tuple.of(tenantId, name, Buffer.buffer(hash(key))))
        .map(rows -> key);
  }

  /** The caller a key belongs to, if it is a live key of a connected tenant. */
  Future<Optional<Caller>> caller(String key) {
    return pool.preparedQuery(AuthQueries.CALLER_BY_KEY_HASH)
        .execute(Tuple.of(Buffer.buffer(hash(key))))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(caller(rows.iterator().next())));
  }

  private static Caller caller(Row row) {
    return new Caller(row.getUUID("tenant_id"), row.getString("tenant_name"), "api-key:" + row.getString("key_name"),
        Via.API_KEY);
  }

  static byte[] hash(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
