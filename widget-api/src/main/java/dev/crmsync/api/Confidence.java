package dev.crmsync.api;

/** How sure a link is, in words a user reads at a glance. */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW
}
