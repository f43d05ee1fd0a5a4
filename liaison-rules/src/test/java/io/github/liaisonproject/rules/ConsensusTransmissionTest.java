package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Consensus;
import io.github.liaisonproject.model.ConsensusLevel;
import io.github.liaisonproject.model.ConsensusProcess;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.DiscussionOutcome;
import io.github.liaisonproject.model.DocumentKind;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.DraftKind;
import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.Replies;
import io.github.liaisonproject.model.ReplyContent;
import io.github.liaisonproject.rules.cases.CaseRunner;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Focused tests of consensus.drl and transmission.drl beyond their cases files: replies drafted by the API (§4). */
class ConsensusTransmissionTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  static LiaisonRules rules;
  static Directory directory;

  @BeforeAll
  static void load() throws IOException {
    rules = LiaisonRules.standard();
    try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + "directory.yaml")) {
      directory = CaseRunner.readDirectory(in);
    }
  }

  static LiaisonStatement incomingRequest() {
    return LiaisonStatement.builder().id("S2-2601234")
        .addFrom(Body.externalGroup("3GPP", "SA2")).addFromContacts("sa2-chair@example.com")
        .sendReplyTo("sa2-replies@example.com")
        .addTo(Body.workingGroup("teas")).addToContacts("tess.chair@example.org")
        .purpose(Purpose.FOR_ACTION).deadline(LocalDate.of(2026, 4, 15))
        .subject("Comments requested on TS 23.501").body("Please comment on the attached specification.")
        .asksBeyondExistingDocuments(true).build();
  }

  @Test
  void anIncomingRequestBeyondExistingDocumentsAsksTheChairsForGroupInput() {
    Assessment a = rules.assess(incomingRequest(), directory, AS_OF);
    assertThat(a.obligations("CONSENSUS-SEEK-GROUP-INPUT")).singleElement().satisfies(o -> {
      assertThat(o.who().addresses()).containsExactly("tess.chair@example.org");
      assertThat(o.dueBy()).isEqualTo(Due.by(LocalDate.of(2026, 4, 15)));
      assertThat(o.what()).contains("teas@ietf.org").endsWith("(§4.2.1)");
    });
    assertThat(a.findings().stream().map(Finding::ruleId)).noneMatch(id -> id.startsWith("CONSENSUS-"));
  }

  @Test
  void aDraftedReplyMeetsTheSameConsensusRequirements() {
    LiaisonStatement reply = Replies.draft(incomingRequest(), directory);
    Assessment a = rules.assess(reply, directory, AS_OF);
    assertThat(a.findings("CONSENSUS-NOT-STATED")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(a.obligations("CONSENSUS-LEVEL-DECIDED")).singleElement().satisfies(o -> {
      assertThat(o.who().addresses()).containsExactly("tess.chair@example.org", "rita.ad@example.org", "raj.ad@example.org");
      assertThat(o.dueBy()).isEqualTo(Due.beforeApproval());
    });
    assertThat(a.obligations("CONSENSUS-SEEK-GROUP-INPUT")).isEmpty();
  }

  @Test
  void aDraftedReplyClaimingConsensusTheListDidNotShowIsWarned() {
    LiaisonStatement reply = ImmutableLiaisonStatement.copyOf(Replies.draft(incomingRequest(), directory))
        .withBody("TEAS agrees to start the work item.")
        .withConsensus(Consensus.builder().declared(ConsensusLevel.WORKING_GROUP_CONSENSUS).process(ConsensusProcess.NEEDED)
            .groupInformed(true).listDiscussion(DiscussionOutcome.NO_CLEAR_CONSENSUS).build())
        .withReply(ReplyContent.builder().agreesToCharterChange(true).build());
    Assessment a = rules.assess(reply, directory, AS_OF);
    assertThat(a.findings("CONSENSUS-COLLECTED-COMMENTS")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    // The WG declares its own consensus: the charter change is covered, however doubtful the claim.
    assertThat(a.findings("CONSENSUS-CHARTER-CHANGE")).isEmpty();
    assertThat(a.findings("CONSENSUS-NOT-STATED")).isEmpty();
  }

  @Test
  void aDocumentNeedingContextCarriesItsFindingInItsVerdict() {
    DocumentReference draft = DocumentReference.builder().kind(DocumentKind.INTERNET_DRAFT).name("draft-smith-teas-slicing")
        .draftKind(DraftKind.INDIVIDUAL).build();
    LiaisonStatement reply = ImmutableLiaisonStatement.copyOf(Replies.draft(incomingRequest(), directory))
        .withBody("See the individual draft.").withDocuments(draft);
    Assessment a = rules.assess(reply, directory, AS_OF);
    assertThat(a.transmission()).singleElement().satisfies(v -> {
      assertThat(v.eligibility()).isEqualTo(Eligibility.NEEDS_CONTEXT);
      assertThat(v.findings().stream().map(Finding::ruleId))
          .containsExactlyInAnyOrder("TRANSMIT-NEEDS-CONTEXT", "TRANSMIT-STATUS-NOT-NOTED");
      assertThat(v.clear()).isFalse();
    });
    assertThat(a.readyToSend()).isFalse();
  }

  @Test
  void incomingDocumentsAreNotJudged() {
    DocumentReference draft = DocumentReference.builder().kind(DocumentKind.INTERNET_DRAFT).name("draft-smith-teas-slicing")
        .draftKind(DraftKind.INDIVIDUAL).build();
    LiaisonStatement incoming = ImmutableLiaisonStatement.copyOf(incomingRequest()).withDocuments(draft);
    Assessment a = rules.assess(incoming, directory, AS_OF);
    assertThat(a.transmission()).singleElement().satisfies(v -> {
      assertThat(v.eligibility()).isEqualTo(Eligibility.UNKNOWN);
      assertThat(v.citations()).isEmpty();
    });
  }
}
