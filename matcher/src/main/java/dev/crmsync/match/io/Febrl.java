package dev.crmsync.match.io;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.entry.EntryBuilder;
import dev.crmsync.index.entry.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FEBRL benchmark files: ", "-separated, header row, all values strings. Only name and address are read (the
 * way CRM data has no birth date or national id); the state is an Australian state code.
 */
public final class Febrl {
  private static final Pattern ENTITY = Pattern.compile("rec-(\\d+)");

  private Febrl() {
  }

  /** The records of a FEBRL file as entries of the given source, with the record id as entry id. */
  public static List<Entry> read(Path file, Source source) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<Entry> entries = new ArrayList<>(lines.size());
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].strip();
        }
        entries.add(new EntryBuilder(f[0], source).name(f[1], f[2])
            .address(String.join(" ", f[3], f[4], f[5]).strip(), f[6], f[8], f[7], "Australia").build());
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The entity a record id belongs to ("rec-12-dup-0" gives "12"): two records match when these are equal. */
  public static String entity(String recordId) {
    Matcher matcher = ENTITY.matcher(recordId);
    if (!matcher.find()) {
      throw new IllegalArgumentException("not a FEBRL record id: '" + recordId + "'");
    }
    return matcher.group(1);
  }
}
