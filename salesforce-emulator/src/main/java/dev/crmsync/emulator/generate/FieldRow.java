package dev.crmsync.emulator.generate;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A generated record's fields as a map over an array in the object's column order: what a RecordSink receives,
 * at the cost of one array rather than a hash table per record. Null values are absent from the map.
 */
final class FieldRow extends AbstractMap<String, String> {
  private final CrmObject object;
  private final String[] values;

  FieldRow(CrmObject object) {
    this.object = object;
    this.values = new String[object.fields().size()];
  }

  CrmObject object() {
    return object;
  }

  /** The value in column {@code column} of {@link CrmObject#fields()}, or null. */
  String at(int column) {
    return values[column];
  }

  @Override
  public String get(Object field) {
    int column = object.column(field);
    return column < 0 ? null : values[column];
  }

  @Override
  public boolean containsKey(Object field) {
    return get(field) != null;
  }

  /** Sets a field of the object; null clears it. */
  @Override
  public String put(String field, String value) {
    int column = object.column(field);
    if (column < 0) {
      throw new IllegalArgumentException("field must be one of " + object.apiName() + "'s, got " + field);
    }
    String previous = values[column];
    values[column] = value;
    return previous;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int column = from;
            while (column < values.length && values[column] == null) {
              column++;
            }
            return column;
          }

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Entry<String, String> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Entry<String, String> entry = Map.entry(object.fields().get(next), values[next]);
            next = advance(next + 1);
            return entry;
          }
        };
      }

      @Override
      public int size() {
        int size = 0;
        for (String value : values) {
          size += value == null ? 0 : 1;
        }
        return size;
      }
    };
  }
}
