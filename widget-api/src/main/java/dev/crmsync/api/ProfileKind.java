package dev.crmsync.api;

/** The two kinds of directory profile a CRM record can be linked to. */
public enum ProfileKind {
  PERSON,
  COMPANY
}
