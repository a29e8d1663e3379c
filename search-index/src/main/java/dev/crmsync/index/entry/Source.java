package dev.crmsync.index.entry;

/** Where a record comes from, and so whether it describes a person or a company. */
public enum Source {
  LEAD("Lead", true),
  CONTACT("Contact", true),
  PERSON_ACCOUNT("Account", true),
  ACCOUNT("Account", false),
  DIRECTORY_PERSON(null, true),
  DIRECTORY_COMPANY(null, false);

  private final String crmObject;
  private final boolean person;

  Source(String crmObject, boolean person) {
    this.crmObject = crmObject;
    this.person = person;
  }

  /** The Salesforce object name, or null for a directory record. */
  public String crmObject() {
    return crmObject;
  }

  public boolean isPerson() {
    return person;
  }

  public boolean isCrm() {
    return crmObject != null;
  }
}
