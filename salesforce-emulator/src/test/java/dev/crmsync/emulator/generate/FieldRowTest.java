package dev.crmsync.emulator.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldRowTest {
  @Test
  void behavesAsAMapOfItsNonNullFields() {
    Map<String, String> row = Rows.of(CrmObject.USER_ROLE, "Id", "00E5g0000000001EAA", "Name", "CEO",
        "ParentRoleId", null);
    assertThat(row).isEqualTo(Map.of("Id", "00E5g0000000001EAA", "Name", "CEO"));
    assertThat(new HashMap<>(row)).isEqualTo(row);
    assertThat(row.get("ParentRoleId")).isNull();
    assertThat(row.get("NoSuchField")).isNull();
    assertThat(row.containsKey("Name")).isTrue();
    assertThat(row.containsKey("ParentRoleId")).isFalse();
    assertThat(row.keySet()).containsExactly("Id", "Name");
    assertThat(row).hasSize(2);
  }

  @Test
  void rejectsFieldsTheObjectDoesNotHave() {
    Map<String, String> row = Rows.of(CrmObject.LEAD);
    assertThatThrownBy(() -> row.put("AccountId", "x")).hasMessage("field must be one of Lead's, got AccountId");
  }
}
