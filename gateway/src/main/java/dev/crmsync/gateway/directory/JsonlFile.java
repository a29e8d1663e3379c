package dev.crmsync.gateway.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads a JSON Lines file one line at a time, knowing the line number and how many bytes were read. */
final class JsonlFile implements AutoCloseable {
  private static final int BUFFER_CHARS = 1 << 16;
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private final Path path;
  private final FileChannel channel;
  private final BufferedReader reader;
  private long lineNumber;

  private JsonlFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
    this.reader = new BufferedReader(
        new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8), BUFFER_CHARS);
  }

  static JsonlFile open(Path path) throws IOException {
    return new JsonlFile(path, FileChannel.open(path));
  }

  /** The next line, or null at the end of the file. */
  String nextLine() throws IOException {
    String line = reader.readLine();
    if (line == null) {
      return null;
    }
    lineNumber++;
    return lineNumber == 1 && line.startsWith(BYTE_ORDER_MARK) ? line.substring(1) : line;
  }

  long lineNumber() {
    return lineNumber;
  }

  /** Bytes read from the file so far (ahead of the current line by at most the read buffer). */
  long bytesRead() throws IOException {
    return channel.position();
  }

  String name() {
    return path.getFileName().toString();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
