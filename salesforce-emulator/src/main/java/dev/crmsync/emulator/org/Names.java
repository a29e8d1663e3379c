package dev.crmsync.emulator.org;

/** The compound Name of people (Lead, Contact, User, person Account), derived from FirstName and LastName. */
final class Names {
  private Names() {
  }

  static void fill(ObjectSchema schema, String[] row) {
    int first = schema.column("FirstName");
    int last = schema.column("LastName");
    int name = schema.column("Name");
    if (first < 0 || last < 0 || name < 0 || row[last] == null) {
      return;
    }
    boolean derived = !schema.field("Name").orElseThrow().createable();
    if (derived || row[name] == null) {
      row[name] = row[first] == null ? row[last] : row[first] + " " + row[last];
    }
  }
}
