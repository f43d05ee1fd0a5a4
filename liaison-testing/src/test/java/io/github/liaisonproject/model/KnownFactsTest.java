package io.github.liaisonproject.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.io.Format;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.model.testing.StatementGenerators;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revision 2's three-valued facts: defaults that keep the old flags' meaning, and files that say all three. */
class KnownFactsTest {
  private static LiaisonStatement outgoing() {
    return LiaisonStatement.builder().addFrom(Body.workingGroup("netconf")).addTo(Body.externalGroup("ITU-T", "Study Group 15"))
        .build();
  }

  @Test
  void absentFactsAreUnknownAndTheOldFlagsReadAsYes() {
    LiaisonStatement s = outgoing();
    assertThat(s.getConsensus().getGroupInformedKnown()).isEqualTo(Known.UNKNOWN);
    assertThat(s.getConsensus().getLevelStated()).isEqualTo(Known.UNKNOWN);
    assertThat(s.getReceivedCentrally()).isEqualTo(Known.UNKNOWN);
    assertThat(s.getPlainTextContent()).isEqualTo(Known.UNKNOWN);
    assertThat(s.getFollowUp().getDistributed()).isEqualTo(Known.UNKNOWN);
    assertThat(s.getFollowUp().getOriginatorInformed()).isEqualTo(Known.UNKNOWN);
    assertThat(s.isStageUnknown()).isFalse();
    assertThat(s.getRecordedApproval()).isEmpty();

    LiaisonStatement set = ImmutableLiaisonStatement.copyOf(s).withBody("Please review.").withReceivedAt("liaison-coordination@iab.org")
        .withConsensus(Consensus.builder().declared(ConsensusLevel.WORKING_GROUP_CONSENSUS).groupInformed(true).build())
        .withFollowUp(FollowUp.builder().informalReply(java.net.URI.create("https://mailarchive.example.org/x")).build());
    // the effective readings take the old flags and the other fields into account ...
    assertThat(set.getConsensus().getEffectiveGroupInformed()).isEqualTo(Known.YES);
    assertThat(set.getConsensus().getEffectiveLevelStated()).isEqualTo(Known.YES);
    assertThat(set.getEffectiveReceivedCentrally()).isEqualTo(Known.YES);
    assertThat(set.getEffectivePlainTextContent()).isEqualTo(Known.YES);
    assertThat(set.getFollowUp().getEffectiveOriginatorInformed()).isEqualTo(Known.YES);
    assertThat(s.getConsensus().getEffectiveGroupInformed()).isEqualTo(Known.UNKNOWN);
    assertThat(s.getEffectivePlainTextContent()).isEqualTo(Known.UNKNOWN);
    // ... the given values stay what was given
    assertThat(set.getConsensus().getGroupInformedKnown()).isEqualTo(Known.UNKNOWN);
    assertThat(set.getReceivedCentrally()).isEqualTo(Known.UNKNOWN);
    // and a given NO wins over the old flag
    assertThat(Consensus.builder().groupInformed(true).groupInformedKnown(Known.NO).build().getEffectiveGroupInformed())
        .isEqualTo(Known.NO);
    // the old accessors keep their meaning
    assertThat(s.getConsensus().isGroupInformed()).isFalse();
    assertThat(set.getConsensus().isGroupInformed()).isTrue();
  }

  @Test
  void noIsSaidExplicitlyAndReadsBackFromJsonAndYaml(@TempDir Path tmp) throws Exception {
    LiaisonStatement s = ImmutableLiaisonStatement.copyOf(outgoing()).withReceivedCentrally(Known.NO)
        .withPlainTextContent(Known.NO).withStageUnknown(true).withBodyUnknown(true)
        .withFromContactNames("Adrian Farrel").withToContactNames("Greg Jones")
        .withConsensus(Consensus.builder().groupInformedKnown(Known.NO).levelStated(Known.NO).build())
        .withFollowUp(FollowUp.builder().distributed(Known.YES).originatorInformed(Known.NO).build())
        .withRecordedApproval(RecordedApproval.builder().approved(Known.YES).by("Alice Operand")
            .byAddress("alice.operand@example.org").on(LocalDate.of(2025, 3, 3)).build());
    String yaml = LiaisonFiles.write(s, Format.YAML);
    // YAML quotes YES and NO (they would read as booleans in YAML 1.1)
    assertThat(yaml).contains("receivedCentrally: \"NO\"").contains("groupInformedKnown: \"NO\"")
        .contains("levelStated: \"NO\"").contains("distributed: \"YES\"").contains("stageUnknown: true").contains("by: Alice Operand");
    for (String name : new String[] {"s.json", "s.yaml"}) {
      LiaisonFiles.write(s, tmp.resolve(name));
      assertThat(LiaisonFiles.readStatement(tmp.resolve(name))).isEqualTo(s);
    }
    // UNKNOWN is what an absent fact reads as, so it is not written
    assertThat(LiaisonFiles.write(outgoing(), Format.YAML)).doesNotContain("UNKNOWN");
  }

  @Test
  void handWrittenYamlMaySayYesAndNoUnquotedAndInLowerCase() throws Exception {
    LiaisonStatement s = LiaisonFiles.readStatement("from: [{organization: IETF, kind: IAB}]\nreceivedCentrally: NO\n"
        + "plainTextContent: yes\nconsensus: {groupInformedKnown: unknown, levelStated: No}\n", "t.yaml", Format.YAML);
    assertThat(s.getReceivedCentrally()).isEqualTo(Known.NO);
    assertThat(s.getPlainTextContent()).isEqualTo(Known.YES);
    assertThat(s.getConsensus().getGroupInformedKnown()).isEqualTo(Known.UNKNOWN);
    assertThat(s.getConsensus().getLevelStated()).isEqualTo(Known.NO);
  }

  @Test
  void aValueThatIsNeitherSaysWhatIsExpected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LiaisonFiles.readStatement(
        "from: [{organization: IETF, kind: IAB}]\nreceivedCentrally: maybe\n", "t.yaml", Format.YAML))
        .isInstanceOf(io.github.liaisonproject.model.io.LiaisonInputException.class)
        .hasMessage("t.yaml:2:1: field \"receivedCentrally\": expected YES, NO or UNKNOWN, not maybe");
  }

  @Test
  void generatedStatementsRoundTripWithEveryValue(@TempDir Path tmp) throws Exception {
    var gen = StatementGenerators.validStatements(io.github.liaisonproject.model.samples.Samples.directory());
    Random r = new Random(11);
    java.util.Set<Known> seen = java.util.EnumSet.noneOf(Known.class);
    for (int i = 0; i < 300; i++) {
      LiaisonStatement s = gen.apply(r);
      seen.add(s.getReceivedCentrally());
      seen.add(s.getConsensus().getGroupInformedKnown());
      Path f = tmp.resolve("g" + i + ".json");
      LiaisonFiles.write(s, f);
      assertThat(LiaisonFiles.readStatement(f)).as("statement %d", i).isEqualTo(s);
    }
    assertThat(seen).containsExactlyInAnyOrder(Known.values());
  }
}
