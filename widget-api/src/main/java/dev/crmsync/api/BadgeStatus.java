package dev.crmsync.api;

/** What a badge says about a profile: linked to a CRM record, not linked, or linked to a record that lags behind. */
public enum BadgeStatus {
  IN_CRM,
  NOT_IN_CRM,
  OUT_OF_DATE
}
