package io.github.liaisonproject.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonproject.model.Attachment;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.samples.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {
  private final StatementValidator validator = StatementValidator.shared();

  private static ImmutableLiaisonStatement.Builder complete() {
    return LiaisonStatement.builder().addFrom(Body.workingGroup("netconf")).addFromContacts("chair@example.org")
        .addTo(Body.externalGroup("ITU-T", "Study Group 15")).purpose(Purpose.FOR_INFORMATION)
        .subject("Status update").body("Text.");
  }

  private static Violation only(List<Violation> found, String path) {
    assertThat(found).extracting(Violation::path).containsExactly(path);
    return found.get(0);
  }

  @Test
  void aCompleteStatementHasNoViolations() {
    assertThat(validator.validate(complete().build())).isEmpty();
    assertThat(validator.validate(Samples.statement("outgoing"))).isEmpty();
    assertThat(validator.validate(Samples.directory())).isEmpty();
  }

  @Test
  void emptyOptionalsAreNotBlank() {
    // regression: Optional<@NotBlank String> used to report every absent id, subject and name
    LiaisonStatement minimal = LiaisonStatement.builder().addFrom(Body.iesg()).build();
    assertThat(validator.malformations(minimal)).isEmpty();
  }

  @Test
  void addressWithNameAndAngleBrackets() {
    Violation v = only(validator.malformations(complete().fromContacts(List.of("Alice <alice@example.org>")).build()), "fromContacts[0]");
    assertThat(v.message()).contains("local@domain").contains("without a name or <>");
    assertThat(v.value()).isEqualTo("Alice <alice@example.org>");
    assertThat(v.completenessOnly()).isFalse();
  }

  @Test
  void addressWithLineBreakIsShownEscaped() {
    Violation v = only(validator.malformations(complete().sendTo("a@example.org\r\nBcc: eve@example.org").build()), "sendTo");
    assertThat(v.message()).contains("local@domain");
    assertThat(v.value()).contains("\\r\\n").doesNotContain("\n");
  }

  @Test
  void addressWithoutDomain() {
    Violation v = only(validator.malformations(complete().addToContacts("chair@").build()), "toContacts[0]");
    assertThat(v.message()).contains("e.g. chair@example.org");
  }

  @Test
  void subjectWithLineBreakIsACompletenessGapOnly() {
    LiaisonStatement s = complete().subject("Status\nupdate").build();
    assertThat(validator.malformations(s)).isEmpty();
    Violation v = only(validator.validate(s), "subject");
    assertThat(v.message()).contains("single line").contains("mail header");
    assertThat(v.completenessOnly()).isTrue();
  }

  @Test
  void blankGroupName() {
    LiaisonStatement s = complete().from(List.of(Body.builder().kind(io.github.liaisonproject.model.BodyKind.WORKING_GROUP).name("  ").build())).build();
    Violation v = only(validator.malformations(s), "from[0].name");
    assertThat(v.message()).contains("leave it out instead");
  }

  @Test
  void emptyFromIsACompletenessGap() {
    LiaisonStatement s = complete().from(List.of()).build();
    assertThat(validator.malformations(s)).isEmpty();
    Violation v = only(validator.validate(s), "from");
    assertThat(v.message()).contains("at least one From body").contains("§2.1");
    assertThat(v.completenessOnly()).isTrue();
  }

  @Test
  void attachmentNeedsFileNameOrUri() {
    LiaisonStatement s = complete().addAttachments(Attachment.builder().title("Slides").build()).build();
    Violation v = only(validator.malformations(s), "attachments[0].fileOrUri");
    assertThat(v.message()).isEqualTo("an attachment needs a fileName or a uri");
  }

  @Test
  void requireWellFormedListsEveryViolation() {
    LiaisonStatement s = complete().fromContacts(List.of("x", "y@")).build();
    assertThatThrownBy(() -> validator.requireWellFormed(s)).isInstanceOf(InvalidStatementException.class)
        .hasMessageContaining("fromContacts[0]").hasMessageContaining("fromContacts[1]")
        .satisfies(e -> assertThat(((InvalidStatementException) e).violations()).hasSize(2));
  }
}
