package dev.crmsync.gateway.connect;

/** Who a connection acts as: the admin who connected the org, the integration user, or one seat holder. */
public enum ConnectionRole {
  ADMIN, INTEGRATION, SEAT
}
