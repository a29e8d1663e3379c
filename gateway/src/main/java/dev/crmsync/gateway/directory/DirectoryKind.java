package dev.crmsync.gateway.directory;

/** The two kinds of directory record, each with its file, its shape and its table's statements. */
enum DirectoryKind {
  PERSON("people.jsonl", Shape.PERSON, DirectoryQueries.MERGE_PEOPLE, DirectoryQueries.DELETE_PEOPLE),
  COMPANY("companies.jsonl", Shape.COMPANY, DirectoryQueries.MERGE_COMPANIES, DirectoryQueries.DELETE_COMPANIES);

  private final String fileName;
  private final Shape shape;
  private final String merge;
  private final String delete;

  DirectoryKind(String fileName, Shape shape, String merge, String delete) {
    this.fileName = fileName;
    this.shape = shape;
    this.merge = merge;
    this.delete = delete;
  }

  String fileName() {
    return fileName;
  }

  Shape shape() {
    return shape;
  }

  /** Writes the rows of a batch whose hash differs; returns (id, inserted) of each row written. */
  String merge() {
    return merge;
  }

  /** Deletes the rows whose id is in the array parameter; returns the ids deleted. */
  String delete() {
    return delete;
  }
}
