package dev.crmsync.index.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {
  private final Nicknames nicknames = Nicknames.bundled();

  @Test
  void knowsNicknamesOfFormalNames() {
    assertThat(nicknames.nicknamesOf("William")).contains("bill", "will");
  }

  @Test
  void aNicknameMayStandForSeveralFormalNames() {
    assertThat(nicknames.formalNamesOf("bill")).contains("william", "robert");
  }

  @Test
  void variantsReachSiblingNicknamesThroughTheFormalName() {
    assertThat(nicknames.variants("bill")).contains("bill", "william", "will", "robert", "bob");
  }

  @Test
  void compatibilityIsSymmetricForNicknameAndFormalName() {
    assertThat(nicknames.compatible("Bob", "Robert")).isTrue();
    assertThat(nicknames.compatible("Robert", "Bob")).isTrue();
    assertThat(nicknames.compatible("Robert", "Susan")).isFalse();
  }

  @Test
  void unknownNamesAreOnlyCompatibleWithThemselves() {
    assertThat(nicknames.variants("Zyxq")).containsExactly("zyxq");
  }
}
