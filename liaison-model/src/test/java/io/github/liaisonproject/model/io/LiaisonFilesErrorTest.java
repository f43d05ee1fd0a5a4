package io.github.liaisonproject.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LiaisonFilesErrorTest {
  @TempDir Path tmp;

  private LiaisonInputException readYaml(String name, String text) throws Exception {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return catchThrowableOfType(LiaisonInputException.class, () -> LiaisonFiles.readStatement(file));
  }

  private static LiaisonInputException read(String name, String text, Format format) {
    return catchThrowableOfType(LiaisonInputException.class, () -> LiaisonFiles.readStatement(text, name, format));
  }

  @Test
  void unknownFieldSuggestsTheNearestKnownOne() throws Exception {
    LiaisonInputException e = readYaml("statement.yaml", "subject: Hello\npurpse: For Action\n");
    assertThat(e.source()).endsWith("statement.yaml");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("purpse");
    assertThat(e.getMessage()).endsWith("statement.yaml:2:1: unknown field \"purpse\"; did you mean \"purpose\"?");
  }

  @Test
  void unknownNestedFieldNamesItsPath() {
    LiaisonInputException e = read("s.json", "{\n  \"from\": [ { \"knd\": \"AREA\" } ]\n}", Format.JSON);
    assertThat(e.field()).isEqualTo("from[0].knd");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("did you mean \"kind\"?");
  }

  @Test
  void unknownFieldFarFromAnyListsTheKnownOnes() {
    LiaisonInputException e = read("s.yaml", "from:\n  - kind: AREA\n    zzzzzzzzzz: 1\n", Format.YAML);
    assertThat(e.getMessage()).contains("remove it or use one of: kind, name, organization");
  }

  @Test
  void unknownPurposeSaysWhichExist() {
    LiaisonInputException e = read("statement.yaml", "subject: Hi\n\n\n\n\n\npurpose: For Actoin\n", Format.YAML);
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.getMessage()).startsWith("statement.yaml:7:1: field \"purpose\": unknown purpose \"For Actoin\"; use For Information, For Action or In Response");
  }

  @Test
  void wrongTypeSaysWhatWasExpectedAndFound() {
    LiaisonInputException e = read("s.json", "{\"fromContacts\": 5}", Format.JSON);
    assertThat(e.field()).isEqualTo("fromContacts");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).isEqualTo("s.json:1:2: field \"fromContacts\": expected a list of addresses (local@domain), found a number");
    assertThat(read("s.yaml", "subject: 2025\n", Format.YAML).getMessage())
        .contains("field \"subject\": expected text, found a number; put it in quotes");
    assertThat(read("s.yaml", "misdirected: 'true'\n", Format.YAML).getMessage())
        .contains("field \"misdirected\": expected true or false, found text");
    assertThat(read("s.yaml", "from: netconf\n", Format.YAML).getMessage())
        .contains("field \"from\": expected a list of Body objects, found text");
  }

  @Test
  void malformedDateSaysHowToWriteIt() {
    LiaisonInputException e = read("s.yaml", "purpose: For Action\ndeadline: 2025-13-01\n", Format.YAML);
    assertThat(e.field()).isEqualTo("deadline");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).isEqualTo("s.yaml:2:1: field \"deadline\": \"2025-13-01\" is not a date; write YYYY-MM-DD, e.g. 2025-03-31");
    assertThat(read("s.json", "{\"deadline\": 20250101}", Format.JSON).getMessage()).contains("expected a date (YYYY-MM-DD), found a number");
    assertThat(read("s.yaml", "deadline: 2025-02-30\n", Format.YAML).getMessage()).contains("is not a date");
  }

  @Test
  void unknownEnumValueListsTheNames() {
    LiaisonInputException e = read("s.yaml", "from:\n  - kind: wg\n", Format.YAML);
    assertThat(e.field()).isEqualTo("from[0].kind");
    assertThat(e.getMessage()).contains("unknown value \"wg\"; use one of IETF, IESG, IAB, AREA, WORKING_GROUP");
  }

  @Test
  void malformedAddressIsFoundByValidationAfterReading() {
    LiaisonInputException e = read("s.yaml", "subject: Hi\nfromContacts:\n  - ok@example.org\n  - Alice <alice@example.org>\n", Format.YAML);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.field()).isEqualTo("fromContacts[1]");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).startsWith("s.yaml:4:5: field \"fromContacts[1]\": is not a mail address; write it as local@domain")
        .contains("(was \"Alice <alice@example.org>\")");
  }

  @Test
  void everyViolationIsListedWithItsLine() {
    LiaisonInputException e = read("s.yaml", "sendTo: nobody\nfrom:\n  - kind: WORKING_GROUP\n    name: ' '\n", Format.YAML);
    assertThat(e.problems()).extracting(LiaisonInputException.Problem::field).containsExactly("sendTo", "from[0].name");
    assertThat(e.problems()).extracting(LiaisonInputException.Problem::line).containsExactly(1, 4);
  }

  @Test
  void missingKindIsNamed() {
    LiaisonInputException e = read("s.yaml", "from:\n  - name: netconf\n", Format.YAML);
    assertThat(e.problems()).extracting(LiaisonInputException.Problem::field).contains("from[0].kind");
    assertThat(e.getMessage()).contains("field \"from[0].kind\": must say what kind of group this is");
  }

  @Test
  void duplicateKeysAreErrorsInJsonAndYaml() {
    LiaisonInputException yaml = read("d.yaml", "subject: a\nbody: b\nsubject: c\n", Format.YAML);
    assertThat(yaml.line()).isEqualTo(3);
    assertThat(yaml.getMessage()).contains("field \"subject\" appears twice; keep only one");
    LiaisonInputException json = read("d.json", "{\"subject\": \"a\",\n \"subject\": \"b\"}", Format.JSON);
    assertThat(json.line()).isEqualTo(2);
    assertThat(json.field()).isEqualTo("subject");
  }

  @Test
  void truncatedJsonSaysSo() {
    LiaisonInputException e = read("t.json", "{\"subject\": \"a\",\n \"from\": [", Format.JSON);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith("t.json:2:").contains("ends too early").contains("truncated");
  }

  @Test
  void invalidUtf8NamesTheByteAndLine() throws Exception {
    Path file = tmp.resolve("bad.yaml");
    byte[] head = "subject: ok\nbody: caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28; // not a continuation byte
    Files.write(file, bytes);
    LiaisonInputException e = catchThrowableOfType(LiaisonInputException.class, () -> LiaisonFiles.readStatement(file));
    assertThat(e.source()).endsWith("bad.yaml");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.getMessage()).contains("not valid UTF-8 (byte 0xC3); save it as UTF-8");
  }

  @Test
  @Timeout(10)
  void billionLaughsIsRefusedQuickly() {
    StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      b.append(c).append(": &").append(c).append(" [");
      for (int j = 0; j < 9; j++) {
        b.append(j > 0 ? "," : "").append('*').append((char) (c - 1));
      }
      b.append("]\n");
    }
    LiaisonInputException e = read("lol.yaml", b.toString(), Format.YAML);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("b[0]");
    assertThat(e.getMessage()).startsWith("lol.yaml:2:").contains("YAML alias \"*a\" is not supported");
  }

  @Test
  @Timeout(10)
  void deepNestingIsRefused() {
    String deepYaml = "[".repeat(10_000) + "]".repeat(10_000);
    LiaisonInputException yaml = read("deep.yaml", deepYaml, Format.YAML);
    assertThat(yaml.line()).isEqualTo(1);
    assertThat(yaml.getMessage()).startsWith("deep.yaml:1:").contains("nested more than 200 levels");
    String deepJson = "{\"from\": [" + "[".repeat(10_000) + "]".repeat(10_000) + "]}";
    LiaisonInputException json = read("deep.json", deepJson, Format.JSON);
    assertThat(json.line()).isEqualTo(1);
    assertThat(json.field()).isEqualTo("from[0]");
    assertThat(json.getMessage()).startsWith("deep.json:1:");
  }

  @Test
  void emptyNullAndSecondDocumentsAreClearErrors() {
    assertThat(read("e.yaml", "", Format.YAML).getMessage()).isEqualTo("e.yaml:1:1: the file is empty; it must hold a statement");
    assertThat(read("n.yaml", "null\n", Format.YAML).getMessage()).contains("holds no statement");
    assertThat(read("n.json", "null", Format.JSON).getMessage()).contains("holds no statement");
    LiaisonInputException two = read("two.yaml", "subject: a\n---\nsubject: b\n", Format.YAML);
    assertThat(two.line()).isEqualTo(3);
    assertThat(two.getMessage()).contains("more after the end of the statement");
    assertThat(read("x.json", "{} {}", Format.JSON).getMessage()).contains("more after the end");
    assertThat(read("l.yaml", "- null\n", Format.YAML).getMessage()).contains("expected a statement");
  }

  @Test
  void nullInsideAListIsRefused() {
    LiaisonInputException e = read("s.yaml", "fromContacts:\n  - null\n", Format.YAML);
    assertThat(e.field()).isEqualTo("fromContacts[0]");
    assertThat(e.getMessage()).contains("null is not allowed here");
  }

  @Test
  void yamlSyntaxErrorHasItsLine() {
    LiaisonInputException e = read("tab.yaml", "subject: a\n\tbody: b\n", Format.YAML);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("YAML syntax error").doesNotContain("\n").doesNotContain("at [Source");
  }

  @Test
  void fileProblemsAreTheSameException() {
    assertThatThrownBy(() -> LiaisonFiles.readStatement(tmp.resolve("missing.yaml")))
        .isInstanceOf(LiaisonInputException.class).hasMessageContaining("missing.yaml").hasMessageContaining("cannot read the file");
    assertThatThrownBy(() -> LiaisonFiles.readStatement(tmp.resolve("s.txt")))
        .isInstanceOf(LiaisonInputException.class).hasMessageContaining("name it .json, .yaml or .yml");
  }

  @Test
  void listsOfStatementsPrefixTheIndex() {
    LiaisonInputException e = catchThrowableOfType(LiaisonInputException.class, () -> LiaisonFiles.readStatements(
        "- subject: ok\n- sendTo: bad\n", "many.yaml", Format.YAML));
    assertThat(e.field()).isEqualTo("[1].sendTo");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void directoryViolationsAreReportedWithPaths() {
    LiaisonInputException e = catchThrowableOfType(LiaisonInputException.class, () -> LiaisonFiles.readDirectory(
        "areas:\n  - acronym: ops\n    directors:\n      - name: A\n        address: a-at-example.org\n", "dir.yaml", Format.YAML));
    assertThat(e.field()).isEqualTo("areas[0].directors[0].address");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).contains("local@domain");
  }

  @Test
  void messagesNeverCarryStackTracesOrClassNames() {
    for (String bad : new String[] {"{", "[1,2", "{\"from\": {}}", "{\"consensus\": 5}", "{\"record\": {\"uri\": \"a b\"}}",
        "\"text\"", "{\"stage\": 1}", "{\"deadline\": [2025,1,1]}"}) {
      LiaisonInputException e = read("x.json", bad, Format.JSON);
      assertThat(e).as(bad).isNotNull();
      assertThat(e.getMessage()).as(bad).doesNotContain("\tat ").doesNotContain("java.").doesNotContain("com.fasterxml")
          .doesNotContain("[Source:");
    }
  }

  @Test
  void limitsEndQuickly() {
    long start = System.nanoTime();
    read("big.json", "{\"body\": \"" + "x".repeat(6_000_000) + "\"}", Format.JSON);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(read("big.json", "{\"body\": \"" + "x".repeat(6_000_000) + "\"}", Format.JSON).getMessage())
        .contains("longer than 5000000 characters");
  }

  @Test
  @Timeout(10)
  void aHugeYamlLineIsRefusedQuickly() {
    // Found by FileFuzzTest: a 5,000,000-character YAML line kept SnakeYAML busy for over 15 s.
    long start = System.nanoTime();
    LiaisonInputException e = read("long.yaml", "id: x\nsubmitter:\n  address: '" + "x".repeat(5_000_001) + "'\n", Format.YAML);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith("long.yaml:3:1: line 3 is ").contains("YAML lines are limited to 1000000 characters");
  }

  @Test
  void aLongTextOnSeveralLinesStillReads() throws LiaisonInputException {
    String yaml = "body: |\n" + ("  " + "word ".repeat(20) + "\n").repeat(5_000);
    assertThat(LiaisonFiles.readStatement(yaml, "long.yaml", Format.YAML).getBody()).hasValueSatisfying(
        b -> assertThat(b).hasSizeGreaterThan(500_000));
  }
}
