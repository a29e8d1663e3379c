package dev.crmsync.gateway.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * JSON written straight into bytes, for an answer on the hot path (badges) where Jackson's bean serializer was a
 * fifth of the call. The fixed parts are written as bytes encoded once; a string is copied as it is when it needs
 * no escaping, and quoted by Jackson's encoder otherwise.
 */
public final class JsonBytes {
  private static final JsonStringEncoder QUOTER = JsonStringEncoder.getInstance();
  private static final byte[] NULL = ascii("null");
  private static final char FIRST_PLAIN = 0x20;
  private static final char LAST_ASCII = 0x7f;

  /**
   * Each thread's JSON being written, reused from one answer to the next: an answer is written on one event loop
   * without pausing, and only {@link #buffer} leaves with it. A badge answer allocated 5 KB less per call, and the
   * young collections, which pause every event loop, came that much less often.
   */
  private static final ThreadLocal<JsonBytes> SCRATCH = ThreadLocal.withInitial(() -> new JsonBytes(8192));

  private byte[] bytes;
  private int size;

  private JsonBytes(int expectedSize) {
    bytes = new byte[Math.max(16, expectedSize)];
  }

  /** This thread's JSON to write, emptied; what it held before is gone. Write and take its buffer without pausing. */
  public static JsonBytes scratch() {
    JsonBytes json = SCRATCH.get();
    json.size = 0;
    return json;
  }

  /** A fixed piece of JSON, encoded once: it must be ASCII and already valid where it is written. */
  public static byte[] ascii(String json) {
    if (!json.chars().allMatch(c -> c <= LAST_ASCII)) {
      throw new IllegalArgumentException("fixed JSON must be ASCII, got " + json);
    }
    return json.getBytes(StandardCharsets.US_ASCII);
  }

  public JsonBytes raw(byte[] json) {
    return raw(json, 0, json.length);
  }

  /** The string in quotes, or {@code null}. */
  public JsonBytes string(String value) {
    return value == null ? raw(NULL) : quote().content(value).quote();
  }

  /**
   * What JSON holds between the quotes of this string. A string of printable ASCII without quotes or backslashes
   * (any id) is copied character by character; any other is quoted by Jackson's encoder.
   */
  public JsonBytes content(String value) {
    ensure(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < FIRST_PLAIN || c > LAST_ASCII || c == '"' || c == '\\') {
        return raw(QUOTER.quoteAsUTF8(value));
      }
      bytes[size + i] = (byte) c;
    }
    size += value.length();
    return this;
  }

  /** What JSON holds between the quotes of this string, encoded once to be written with {@link #raw}. */
  public static byte[] escaped(String value) {
    return start().content(value).bytes();
  }

  /** JSON to write into new bytes, for parts encoded once and kept (see {@link #bytes}). */
  public static JsonBytes start() {
    return new JsonBytes(64);
  }

  /** Bytes of another array that are known to need no escaping, such as ids checked on the way in. */
  public JsonBytes raw(byte[] from, int offset, int length) {
    ensure(length);
    System.arraycopy(from, offset, bytes, size, length);
    size += length;
    return this;
  }

  public JsonBytes quote() {
    return one('"');
  }

  /** The strings as an array. */
  public JsonBytes strings(List<String> values) {
    one('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        one(',');
      }
      string(values.get(i));
    }
    return one(']');
  }

  /** What was written, as bytes of their own. */
  public byte[] bytes() {
    return Arrays.copyOf(bytes, size);
  }

  public Buffer buffer() {
    return Buffer.buffer(size).appendBytes(bytes, 0, size);
  }

  private JsonBytes one(char ascii) {
    ensure(1);
    bytes[size++] = (byte) ascii;
    return this;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
