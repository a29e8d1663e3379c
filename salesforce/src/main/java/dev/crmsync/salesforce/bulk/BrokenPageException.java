package dev.crmsync.salesforce.bulk;

import java.io.IOException;

/** A results page that ended in the middle of a row, or with fewer rows than Salesforce announced. */
public final class BrokenPageException extends IOException {
  public BrokenPageException(String message) {
    super(message);
  }
}
