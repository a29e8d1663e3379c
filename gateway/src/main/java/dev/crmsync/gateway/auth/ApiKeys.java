package dev.crmsync.gateway.auth;

import dev.crmsync.api.Caller;
import dev.crmsync.api.Via;
import dev.crmsync.gateway.db.Notifications;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-tenant API keys of service callers. A key is 32 random bytes shown once; the database holds only its
 * SHA-256, which is enough for keys this random (no salt or slow hash needed, unlike passwords). A service
 * calling badges sends the same key thousands of times a second, so a key found live is taken again without
 * reading PostgreSQL, for as long as channel {@link #CHANNEL} is followed: the triggers of
 * {@code V5_4__api_key_notifications.sql} notify it when keys are revoked or tenants disconnected, and every
 * node then forgets the keys it took.
 */
public final class ApiKeys implements Notifications.Listener {
  public static final String CHANNEL = "api_key_changed";
  static final String PREFIX = "csk_";
  /** Keys taken; past this many the cache starts over, which costs one query per caller. */
  private static final int CACHE_SIZE = 10_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Pool pool;
  private final Map<ByteBuffer, Caller> live = new ConcurrentHashMap<>();
  /** Moves on at every notification: a key read before one may have been revoked since, so it is not kept. */
  private final AtomicLong changes = new AtomicLong();
  private volatile boolean listening;

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
    byte[] hash = hash(key);
    Caller known = listening ? live.get(ByteBuffer.wrap(hash)) : null;
    if (known != null) {
      return Future.succeededFuture(Optional.of(known));
    }
    boolean trusted = listening;
    long changesBefore = changes.get();
    return pool.preparedQuery(AuthQueries.CALLER_BY_KEY_HASH)
        .execute(Tuple.of(Buffer.buffer(hash)))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Caller caller = caller(rows.iterator().next());
          // only what was read while notifications flowed and none came: a revocation must never go unheard
          if (trusted && listening && changes.get() == changesBefore) {
            remember(ByteBuffer.wrap(hash), caller);
          }
          return Optional.of(caller);
        });
  }

  private void remember(ByteBuffer hash, Caller caller) {
    if (live.size() >= CACHE_SIZE) {
      live.clear();
    }
    live.put(hash, caller);
  }

  @Override
  public void listening(boolean now) {
    listening = now;
    notified("");
  }

  /** Some key was revoked or some tenant disconnected: nothing taken so far is trusted any more. */
  @Override
  public void notified(String payload) {
    changes.incrementAndGet();
    live.clear();
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
