package dev.crmsync.salesforce.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvPagesTest {

  @Test
  void readsQuotedMultiLineValuesAndBlankAsNull() throws Exception {
    String page = "\"Id\",\"Name\",\"Description\",\"Email\"\n"
        + "\"003RO0000035WQgYAM\",\"O'Brien, \"\"Pat\"\"\",\"line one\nline two\",\"\"\n"
        + "\"003RO0000035WQhYAM\",\"Ann\",\"\",\"ann@example.com\"\n";
    List<CsvRow> rows = new ArrayList<>();

    long read = CsvPages.read(stream(page), rows::add);

    assertThat(read).isEqualTo(2);
    assertThat(rows.get(0).get("Name")).isEqualTo("O'Brien, \"Pat\"");
    assertThat(rows.get(0).get("Description")).isEqualTo("line one\nline two");
    assertThat(rows.get(0).get("Email")).isNull();
    assertThat(rows.get(1).get("Email")).isEqualTo("ann@example.com");
    assertThat(rows.get(1).get("Missing")).isNull();
    assertThat(rows.get(1).columns()).containsExactly("Id", "Name", "Description", "Email");
  }

  @Test
  void dropsNulBytes() throws Exception {
    List<CsvRow> rows = new ArrayList<>();
    CsvPages.read(stream("\"Id\",\"Name\"\n\"1\",\"A\u0000nn\"\n"), rows::add);
    assertThat(rows.get(0).get("Name")).isEqualTo("Ann");
  }

  @Test
  void aHeaderOnlyPageHasNoRows() throws Exception {
    assertThat(CsvPages.read(stream("\"Id\"\n"), row -> { })).isZero();
    assertThat(CsvPages.read(stream(""), row -> { })).isZero();
  }

  @Test
  void streamsALargePageWithoutHoldingIt() throws Exception {
    int rows = 200_000;
    InputStream header = stream("\"Id\",\"Name\"\n");
    InputStream body = new InputStream() {
      private int row;
      private byte[] line = new byte[0];
      private int position;

      @Override
      public int read() {
        if (position == line.length) {
          if (row == rows) {
            return -1;
          }
          line = ("\"" + row + "\",\"name " + row++ + "\"\n").getBytes(StandardCharsets.UTF_8);
          position = 0;
        }
        return line[position++];
      }
    };
    long[] last = {-1};
    long read = CsvPages.read(new SequenceInputStream(Collections.enumeration(List.of(header, body))),
        row -> last[0] = Long.parseLong(row.get("Id")));
    assertThat(read).isEqualTo(rows);
    assertThat(last[0]).isEqualTo(rows - 1);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPageCutOffInsideARowIsBrokenNotShort() {
    List<CsvRow> rows = new ArrayList<>();
    assertThatThrownBy(() -> CsvPages.read(stream("\"Id\",\"Name\"\n\"1\",\"Ann\"\n\"2\","), rows::add))
        .isInstanceOf(BrokenPageException.class);
    assertThat(rows).hasSize(1);
    rows.clear();
    assertThatThrownBy(() -> CsvPages.read(stream("\"Id\",\"Name\"\n\"1\",\"Ann\"\n\"2\",\"Bo"), rows::add))
        .isInstanceOf(BrokenPageException.class);
    assertThat(rows).extracting(row -> row.get("Name")).doesNotContain("Bo");
  }
}
