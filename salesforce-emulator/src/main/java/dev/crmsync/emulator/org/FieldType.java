package dev.crmsync.emulator.org;

/** The field types the emulator's objects use, with the names describe reports. */
public enum FieldType {
  ID("id", "tns:ID"),
  REFERENCE("reference", "tns:ID"),
  STRING("string", "xsd:string"),
  TEXTAREA("textarea", "xsd:string"),
  EMAIL("email", "xsd:string"),
  PHONE("phone", "xsd:string"),
  URL("url", "xsd:string"),
  PICKLIST("picklist", "xsd:string"),
  BOOLEAN("boolean", "xsd:boolean"),
  INT("int", "xsd:int"),
  DOUBLE("double", "xsd:double"),
  CURRENCY("currency", "xsd:double"),
  DATE("date", "xsd:date"),
  DATETIME("datetime", "xsd:dateTime"),
  ADDRESS("address", "urn:address");

  private final String describeName;
  private final String soapType;

  FieldType(String describeName, String soapType) {
    this.describeName = describeName;
    this.soapType = soapType;
  }

  public String describeName() {
    return describeName;
  }

  public String soapType() {
    return soapType;
  }

  public boolean isId() {
    return this == ID || this == REFERENCE;
  }

  public boolean isNumber() {
    return this == INT || this == DOUBLE || this == CURRENCY;
  }

  public boolean isText() {
    return !isId() && !isNumber() && this != BOOLEAN && this != DATE && this != DATETIME && this != ADDRESS;
  }
}
