package dev.crmsync.gateway.directory;

/** A line that cannot be imported; the message is the reason shown in the summary (no values in it). */
final class RejectedLine extends Exception {
  RejectedLine(String reason) {
    super(reason, null, false, false);
  }
}
