package io.github.liaisonproject.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.model.testing.Gens;
import io.github.liaisonproject.model.testing.StatementGenerators;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiaisonFilesRoundTripTest {
  private static final Directory DIR = Samples.directory();

  @Test
  void samplesReadAndRoundTrip(@TempDir Path tmp) throws Exception {
    LiaisonStatement s = Samples.statement("outgoing");
    assertThat(s.getPurpose()).contains(Purpose.FOR_ACTION);
    assertThat(s.getDeadline()).contains(LocalDate.of(2025, 9, 30));
    assertThat(s.getFrom()).containsExactly(Body.workingGroup("netconf"));
    for (String name : List.of("s.json", "s.yaml", "s.yml")) {
      LiaisonFiles.write(s, tmp.resolve(name));
      assertThat(LiaisonFiles.readStatement(tmp.resolve(name))).isEqualTo(s);
      LiaisonFiles.write(DIR, tmp.resolve("d-" + name));
      assertThat(LiaisonFiles.readDirectory(tmp.resolve("d-" + name))).isEqualTo(DIR);
    }
    assertThat(DIR.getWorkingGroups()).hasSize(6);
    assertThat(DIR.getRelationships()).hasSize(2);
  }

  @Test
  void derivedAttributesAreNotWrittenAndDatesAreIso() {
    String json = LiaisonFiles.write(Samples.statement("outgoing"), Format.JSON);
    assertThat(json).contains("\"deadline\" : \"2025-09-30\"").contains("\"purpose\" : \"For Action\"")
        .contains("\"kind\" : \"WORKING_GROUP\"");
    for (String derived : List.of("direction", "label", "key", "fileOrUri", "outgoing", "incoming", "recorded",
        "transmittedDocuments", "contentPresent", "purposePresent", "effectiveMediaType", "generallyReadable",
        "baseName", "effectiveStream", "workingGroupDraft", "ietfSide", "file\"", "addresses")) {
      assertThat(json).as(derived).doesNotContain("\"" + derived);
    }
    String dir = LiaisonFiles.write(DIR, Format.JSON);
    // false flags are defaults and left out, like empty lists
    assertThat(dir).doesNotContain("\"addresses\"").doesNotContain("\"requiresSubmissionForm\"").doesNotContain("Index");
  }

  @Test
  void emptyOptionalsEmptyListsAndDefaultsAreLeftOut() {
    LiaisonStatement s = LiaisonStatement.builder().addFrom(Body.iab()).build();
    assertThat(LiaisonFiles.write(s, Format.YAML)).isEqualTo("stage: DRAFT\nfrom:\n  - organization: IETF\n    kind: IAB\n");
  }

  @Test
  void ietfBodiesKeepTheirOrganization() throws Exception {
    LiaisonStatement s = LiaisonStatement.builder().addFrom(Body.ietf()).build();
    String yaml = LiaisonFiles.write(s, Format.YAML);
    assertThat(yaml).contains("organization: IETF");
    LiaisonStatement back = LiaisonFiles.readStatement(yaml, "x.yaml", Format.YAML);
    assertThat(back.getFrom().get(0).getOrganization()).isEqualTo("IETF");
    assertThat(back).isEqualTo(s);
  }

  @Test
  void enumsAndPurposesReadLeniently() throws Exception {
    LiaisonStatement s = LiaisonFiles.readStatement(
        "{\"purpose\": \"action\", \"stage\": \"sent\", \"from\": [{\"kind\": \"working_group\", \"name\": \"quic\"}]}",
        "x.json", Format.JSON);
    assertThat(s.getPurpose()).contains(Purpose.FOR_ACTION);
    assertThat(s.getFrom()).containsExactly(Body.workingGroup("quic"));
  }

  @Test
  void readStatementsAcceptsOneOrMany() throws Exception {
    LiaisonStatement a = Samples.statement("outgoing");
    LiaisonStatement b = LiaisonStatement.builder().addFrom(Body.organization("3GPP")).addTo(Body.iesg()).build();
    assertThat(LiaisonFiles.readStatements(LiaisonFiles.write(List.of(a, b), Format.YAML), "m.yaml", Format.YAML))
        .isEqualTo(List.of(a, b));
    assertThat(LiaisonFiles.readStatements(LiaisonFiles.write(a, Format.JSON), "m.json", Format.JSON)).isEqualTo(List.of(a));
  }

  @Test
  void validStatementsRoundTripThroughJson() {
    qt().withExamples(300).forAll(Gens.of(StatementGenerators.validStatements(DIR))).checkAssert(s -> {
      try {
        assertThat(LiaisonFiles.readStatement(LiaisonFiles.write(s, Format.JSON), "gen.json", Format.JSON)).isEqualTo(s);
      } catch (LiaisonInputException e) {
        throw new AssertionError(e.getMessage() + "\n" + LiaisonFiles.write(s, Format.JSON), e);
      }
    });
  }

  @Test
  void validStatementsRoundTripThroughYaml() {
    qt().withExamples(300).forAll(Gens.of(StatementGenerators.validStatements(DIR))).checkAssert(s -> {
      try {
        assertThat(LiaisonFiles.readStatement(LiaisonFiles.write(s, Format.YAML), "gen.yaml", Format.YAML)).isEqualTo(s);
      } catch (LiaisonInputException e) {
        throw new AssertionError(e.getMessage() + "\n" + LiaisonFiles.write(s, Format.YAML), e);
      }
    });
  }

  @Test
  void generatedDirectoriesRoundTrip() {
    qt().withExamples(100).forAll(Gens.of(StatementGenerators.directories())).checkAssert(d -> {
      try {
        assertThat(LiaisonFiles.readDirectory(LiaisonFiles.write(d, Format.YAML), "gen.yaml", Format.YAML)).isEqualTo(d);
      } catch (LiaisonInputException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    });
  }

  /** Characters a terminal or editor does not show as themselves: bidi controls, zero-width, separators, C1, NEL. */
  private static final String INVISIBLE = "\u202e\u202c\u2066\u2069\u200b\u200f\u2028\u2029\u0085\u009b\u0007";

  @Test
  void yamlHoldsNoInvisibleCharacterRawAndReadsBackTheSame() throws Exception {
    for (char c : INVISIBLE.toCharArray()) {
      LiaisonStatement s = io.github.liaisonproject.model.ImmutableLiaisonStatement.copyOf(Samples.statement("outgoing"))
          .withSubject("Re: caf\u00e9 " + c + "evil")
          .withBody("line one\nJos\u00e9 said " + c + "x\n");
      String yaml = LiaisonFiles.write(s, Format.YAML);
      // escaped: by snakeyaml itself (controls, separators: "\\L"), else with every non-ASCII character
      assertThat(yaml).as("U+%04X", (int) c).doesNotContain(String.valueOf(c));
      assertThat(LiaisonFiles.readStatement(yaml, "s.yaml", Format.YAML)).as("U+%04X", (int) c).isEqualTo(s);
    }
    LiaisonStatement rlo = io.github.liaisonproject.model.ImmutableLiaisonStatement.copyOf(Samples.statement("outgoing"))
        .withSubject("Re: caf\u00e9 \u202eevil");
    assertThat(LiaisonFiles.write(rlo, Format.YAML)).contains("subject: \"Re: caf\\xe9 \\u202eevil\"");
  }

  @Test
  void yamlKeepsOtherCharactersAsTheyAre() throws Exception {
    LiaisonStatement s = io.github.liaisonproject.model.ImmutableLiaisonStatement.copyOf(Samples.statement("outgoing"))
        .withSubject("Re: caf\u00e9 \u4e2d\u6587 \ud83d\ude00").withBody("line one\nline two\n");
    String yaml = LiaisonFiles.write(s, Format.YAML);
    assertThat(yaml).contains("caf\u00e9 \u4e2d\u6587 \ud83d\ude00").contains("body: |");
    assertThat(LiaisonFiles.readStatement(yaml, "s.yaml", Format.YAML)).isEqualTo(s);
  }

  @Test
  void generatedStatementsWriteNoInvisibleCharacterIntoYaml() {
    qt().withExamples(300).forAll(Gens.of(StatementGenerators.validStatements(DIR))).checkAssert(s -> {
      String yaml = LiaisonFiles.write(s, Format.YAML);
      for (char c : yaml.toCharArray()) {
        int type = Character.getType(c);
        assertThat(c < 0x20 ? c == '\n' || c == '\t' : !(c >= 0x7f && c < 0xa0) && type != Character.FORMAT
            && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR)
            .as("U+%04X in %s", (int) c, yaml).isTrue();
      }
    });
  }
}
