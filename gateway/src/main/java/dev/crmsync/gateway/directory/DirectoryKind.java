package dev.crmsync.gateway.directory;

/** The two kinds of directory record, each with its file, its shape and its table's statements. */
enum DirectoryKind {
  PERSON("people.jsonl", Shape.PERSON, new Statements(DirectoryQueries.PEOPLE_HASHES, DirectoryQueries.COPY_PEOPLE,
      DirectoryQueries.UPDATE_PEOPLE, DirectoryQueries.DELETE_PEOPLE)),
  COMPANY("companies.jsonl", Shape.COMPANY, new Statements(DirectoryQueries.COMPANY_HASHES,
      DirectoryQueries.COPY_COMPANIES, DirectoryQueries.UPDATE_COMPANIES, DirectoryQueries.DELETE_COMPANIES));

  private record Statements(String storedHashes, String copy, String update, String delete) {
  }

  private final String fileName;
  private final Shape shape;
  private final Statements statements;

  DirectoryKind(String fileName, Shape shape, Statements statements) {
    this.fileName = fileName;
    this.shape = shape;
    this.statements = statements;
  }

  String fileName() {
    return fileName;
  }

  Shape shape() {
    return shape;
  }

  /** (id, content_hash, written since the timestamp parameter) of the stored rows whose id is in the array. */
  String storedHashes() {
    return statements.storedHashes();
  }

  /** COPY of new rows, in the columns {@link CopyText} writes. */
  String copy() {
    return statements.copy();
  }

  /** Rewrites the rows given as parallel arrays: ids, profiles, contact points, hex hashes. */
  String update() {
    return statements.update();
  }

  /** Deletes the rows whose id is in the array parameter; returns the ids deleted. */
  String delete() {
    return statements.delete();
  }
}
