package dev.crmsync.gateway.sync;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An object the sync imports: its standard fields (the technical guide's appendix), and whether its deletes must
 * be found by a full key scan because {@code queryAll} does not show them.
 */
record SyncObject(String name, List<String> standardFields, boolean keyScanned) {
  /** Read for every object: the key, the watermark and the delete flag. */
  static final List<String> SYSTEM_FIELDS = List.of("Id", "SystemModstamp", "IsDeleted");

  SyncObject {
    if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("name must be an API name, got '" + name + "'");
    }
    standardFields = List.copyOf(standardFields);
  }

  /**
   * The SELECT list: system fields, then standard and mapped custom fields that the org has (an org without
   * multi-currency has no CurrencyIsoCode, one without Person Accounts no IsPersonAccount).
   */
  List<String> selectList(Set<String> orgFields, List<String> customFields) {
    Set<String> select = new LinkedHashSet<>(SYSTEM_FIELDS);
    standardFields.stream().filter(orgFields::contains).forEach(select::add);
    customFields.stream().filter(orgFields::contains).forEach(select::add);
    return List.copyOf(select);
  }
}
