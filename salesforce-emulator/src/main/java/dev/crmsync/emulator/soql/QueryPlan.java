package dev.crmsync.emulator.soql;

import dev.crmsync.emulator.org.ObjectSchema;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.Sharing;
import dev.crmsync.emulator.org.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A query bound to an org's schema, ready to run: the selected columns, the filter, the order and the limit.
 * Compiling checks every field and literal, so a query that compiles runs without surprises.
 */
public final class QueryPlan {
  /** Where a query comes from, since Bulk API 2.0 refuses more than REST does. */
  public enum Api { REST, BULK }

  private final Table table;
  private final List<Column> columns;
  private final Predicate<String[]> filter;
  private final Comparator<String[]> order;
  private final Integer limit;

  private QueryPlan(Table table, List<Column> columns, Predicate<String[]> filter, Comparator<String[]> order,
                    Integer limit) {
    this.table = table;
    this.columns = List.copyOf(columns);
    this.filter = filter;
    this.order = order;
    this.limit = limit;
  }

  /** Parses and binds a query, or throws {@link SoqlException}. */
  public static QueryPlan compile(Org org, String soql, Api api) {
    Soql.Query query = Parser.parse(soql);
    Table table = org.table(query.object()).orElseThrow(() -> new SoqlException("INVALID_TYPE",
        "sObject type '" + query.object() + "' is not supported. If you are attempting to use a custom object,"
            + " be sure to append the '__c' after the entity name."));
    ObjectSchema schema = table.schema();
    List<Column> columns = new ArrayList<>();
    for (String path : query.fields()) {
      Column column = Columns.bind(org, schema, path);
      if (column instanceof Columns.Compound && api == Api.BULK) {
        throw new SoqlException("FUNCTIONALITY_NOT_ENABLED", "Selecting compound data not supported in Bulk Query");
      }
      if (columns.stream().noneMatch(c -> c.path().equalsIgnoreCase(column.path()))) {
        columns.add(column);
      } else {
        throw SoqlException.malformed("duplicate field selected: " + column.path());
      }
    }
    Predicate<String[]> filter = query.where() == null ? row -> true
        : new Filters(org, schema).compile(query.where());
    return new QueryPlan(table, columns, filter, order(org, schema, query.orderBy()), query.limit());
  }

  /** Binds field paths (e.g. a {@code ?fields=} list) to an object, or throws INVALID_FIELD. */
  public static List<Column> bind(Org org, ObjectSchema schema, List<String> paths) {
    return paths.stream().map(path -> Columns.bind(org, schema, path)).toList();
  }

  private static Comparator<String[]> order(Org org, ObjectSchema schema, List<Soql.Order> keys) {
    Comparator<String[]> order = null;
    for (Soql.Order key : keys) {
      Column column = Columns.bind(org, schema, key.field());
      if (column instanceof Columns.Compound) {
        throw SoqlException.invalidField("compound field " + key.field() + " cannot be sorted");
      }
      Comparator<String> values = ValueOrder.of(column.type()).comparator(key.descending(), key.nullsLast());
      Comparator<String[]> byKey = Comparator.comparing(column::value, values);
      order = order == null ? byKey : order.thenComparing(byKey);
    }
    return order;
  }

  public String object() {
    return table.schema().name();
  }

  public List<Column> columns() {
    return columns;
  }

  /**
   * The matching records the user can see, sorted and limited, as a snapshot: rows are never changed in place,
   * so the list stays valid after the lock is released.
   *
   * @param includeDeleted true for queryAll: records in the recycle bin are included
   */
  public List<String[]> run(Org org, Sharing sharing, boolean includeDeleted) {
    return org.read(() -> {
      List<String[]> rows = new ArrayList<>();
      int max = limit == null || order != null ? Integer.MAX_VALUE : limit;
      table.forEach(row -> {
        if (rows.size() < max && (includeDeleted || !table.isDeleted(row)) && filter.test(row)
            && sharing.canRead(table, row)) {
          rows.add(row);
        }
      });
      if (order != null) {
        rows.sort(order);
      }
      return limit != null && rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows;
    });
  }
}
