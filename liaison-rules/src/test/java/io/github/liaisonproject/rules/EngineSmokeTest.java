package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Attachment;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {
  @Test
  void emptyOutgoingStatementGetsContentErrors() {
    LiaisonStatement s = LiaisonStatement.builder().addFrom(Body.workingGroup("netconf"))
        .subject("a\nb").addAttachments(Attachment.file("ls.docx")).build();
    Assessment a = LiaisonRules.standard().assess(s, Directory.empty(), LocalDate.of(2026, 1, 1));
    System.out.println(a);
    assertThat(a.hasFinding("CONTENT-TO-REQUIRED")).isTrue();
    assertThat(a.hasFinding("CONTENT-SUBJECT-SINGLE-LINE")).isTrue();
    assertThat(a.hasFinding("CONTENT-ATTACHMENT-FORMAT")).isTrue();
    assertThat(a.readyToSend()).isFalse();
    LiaisonRules.standard().rules().forEach(System.out::println);
  }
}
