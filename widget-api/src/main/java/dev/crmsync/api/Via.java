package dev.crmsync.api;

/** How a caller authenticated. */
public enum Via {
  /** A seat holder signed in with Salesforce. */
  SESSION,
  /** The Embedded Profile widget, from a Canvas signed request. */
  WIDGET,
  /** A service caller with a tenant API key. */
  API_KEY
}
