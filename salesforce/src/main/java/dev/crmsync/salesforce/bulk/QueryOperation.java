package dev.crmsync.salesforce.bulk;

/** Which rows a Bulk query job returns: live rows only, or deleted (Recycle Bin) rows as well. */
public enum QueryOperation {
  QUERY("query"),
  /** Also returns rows with {@code IsDeleted = true}: how deletes reach an incremental sync. */
  QUERY_ALL("queryAll");

  private final String apiName;

  QueryOperation(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }
}
