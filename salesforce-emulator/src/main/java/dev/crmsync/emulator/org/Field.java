package dev.crmsync.emulator.org;

import java.util.List;
import java.util.Objects;

/**
 * One field of an object.
 *
 * @param name API name, e.g. {@code LastName}
 * @param type its type
 * @param referenceTo the objects a reference field may point at (several for polymorphic fields)
 * @param access whether clients may set it on create and on update
 * @param required whether a create must give it
 * @param defaultValue the value a create gets when it gives none, or null
 */
public record Field(String name, FieldType type, List<String> referenceTo, Access access, boolean required,
                    String defaultValue) {
  /** Who may write a field. */
  public enum Access { READ_ONLY, CREATE_ONLY, WRITABLE }

  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    referenceTo = List.copyOf(referenceTo);
    Objects.requireNonNull(access, "access");
    if (type == FieldType.REFERENCE && referenceTo.isEmpty()) {
      throw new IllegalArgumentException("reference field " + name + " needs referenceTo");
    }
  }

  /** The relationship name of a reference field: {@code AccountId} gives {@code Account}, {@code X__c} gives {@code X__r}. */
  public String relationshipName() {
    if (type != FieldType.REFERENCE) {
      return null;
    }
    if (name.endsWith("__c")) {
      return name.substring(0, name.length() - 3) + "__r";
    }
    return name.endsWith("Id") ? name.substring(0, name.length() - 2) : null;
  }

  public boolean createable() {
    return access != Access.READ_ONLY;
  }

  public boolean updateable() {
    return access == Access.WRITABLE;
  }

  public boolean isCustom() {
    return name.endsWith("__c") || name.endsWith("__pc");
  }
}
