package io.github.liaisonproject.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.samples.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
  private final Directory dir = Samples.directory();

  private static ImmutableLiaisonStatement.Builder outgoing() {
    return LiaisonStatement.builder().addFrom(Body.workingGroup("netconf"))
        .addTo(Body.externalGroup("ITU-T", "Study Group 15"));
  }

  @Test
  void stageDefaultsToDraftForOutgoingAndReceivedForIncoming() {
    LiaisonStatement out = outgoing().build();
    LiaisonStatement in = LiaisonStatement.builder().addFrom(Body.organization("3GPP")).addTo(Body.iesg()).build();
    assertThat(out.getDirection()).isEqualTo(Direction.OUTGOING);
    assertThat(out.getStage()).isEqualTo(Stage.DRAFT);
    assertThat(in.getDirection()).isEqualTo(Direction.INCOMING);
    assertThat(in.getStage()).isEqualTo(Stage.RECEIVED);
    assertThat(outgoing().stage(Stage.SENT).build().getStage()).isEqualTo(Stage.SENT);
  }

  @Test
  void directionWithEmptyFromFollowsTo() {
    assertThat(LiaisonStatement.builder().addTo(Body.workingGroup("quic")).build().getDirection()).isEqualTo(Direction.INCOMING);
    assertThat(LiaisonStatement.builder().addTo(Body.organization("ETSI")).build().getDirection()).isEqualTo(Direction.OUTGOING);
    assertThat(LiaisonStatement.builder().build().getDirection()).isEqualTo(Direction.OUTGOING);
    // one IETF-side From body among others makes it outgoing
    assertThat(LiaisonStatement.builder().addFrom(Body.organization("ETSI"), Body.iab()).build().isOutgoing()).isTrue();
  }

  @Test
  void bodiesKnowTheirOrganizationLabelAndKey() {
    assertThat(Body.workingGroup("NetConf").getOrganization()).isEqualTo("IETF");
    assertThat(Body.workingGroup("NetConf").getKey()).isEqualTo("netconf");
    assertThat(Body.workingGroup("netconf").getLabel()).isEqualTo("IETF WG netconf");
    assertThat(Body.externalGroup("ITU-T", "Study Group 15").getLabel()).isEqualTo("ITU-T Study Group 15");
    assertThat(Body.iesg().getLabel()).isEqualTo("IESG");
    // a Body without a kind builds (validation reports it) instead of failing with an NPE
    Body noKind = Body.builder().name("x").build();
    assertThat(noKind.isIetfSide()).isFalse();
    assertThat(noKind.getOrganization()).isEmpty();
  }

  @Test
  void directoryLooksUpAreasCaseInsensitively() {
    assertThat(dir.areaOf("NETCONF")).map(Area::getAcronym).contains("ops");
    assertThat(dir.areaOf("quic")).map(Area::getAcronym).contains("wit");
    assertThat(dir.areaOf("nosuchwg")).isEmpty();
    assertThat(dir.directorsOf("rtg")).extracting(Person::getAddress)
        .containsExactly("chidi.pathway@example.org", "dana.nexthop@example.org");
  }

  @Test
  void relationshipForPrefersTheGroupSpecificOne() {
    Directory d = Directory.builder()
        .addRelationships(LiaisonRelationship.builder().organization("ITU-T").alias("itu-t-liaison@iab.org").build())
        .addRelationships(LiaisonRelationship.builder().organization("ITU-T").group("Study Group 15").alias("sg15@iab.org").build())
        .build();
    assertThat(d.relationshipFor(Body.externalGroup("itu-t", "study group 15")).flatMap(LiaisonRelationship::getAlias))
        .contains("sg15@iab.org");
    assertThat(d.relationshipFor(Body.externalGroup("ITU-T", "Study Group 13")).flatMap(LiaisonRelationship::getAlias))
        .contains("itu-t-liaison@iab.org");
    assertThat(d.relationshipFor(Body.organization("ETSI"))).isEmpty();
    assertThat(d.relationshipFor(Body.workingGroup("netconf"))).isEmpty();
  }

  @Test
  void personalAndCentralAddressesAndRoles() {
    assertThat(dir.isPersonal("Alice.Operand@example.org")).isTrue();
    assertThat(dir.isPersonal("liaison-staff.member@example.org")).isTrue();
    assertThat(dir.isPersonal("netconf@ietf.org")).isFalse();
    assertThat(dir.isCentralAddress("liaison-coordination@iab.org")).isTrue();
    assertThat(dir.isCentralAddress("3gpp-liaison@iab.org")).isTrue();
    assertThat(dir.isCentralAddress("iesg@ietf.org")).isFalse();
    assertThat(dir.rolesOf("ines.candidate@example.org")).containsExactly(RoleHolding.of(Role.WORKING_GROUP_CHAIR, "netconf"));
    assertThat(dir.rolesOf("wren.consensus@example.org")).containsExactly(RoleHolding.of(Role.IETF_CHAIR));
    assertThat(dir.holds("alice.operand@example.org", Role.AREA_DIRECTOR, "OPS")).isTrue();
    assertThat(dir.holds("alice.operand@example.org", Role.AREA_DIRECTOR, "rtg")).isFalse();
    assertThat(dir.rolesOf(null)).isEmpty();
  }

  @Test
  void replyToAnIncomingStatementSwapsSidesAndUsesSendReplyTo() {
    LiaisonStatement original = LiaisonStatement.builder().id("in-7")
        .addFrom(Body.externalGroup("ITU-T", "Study Group 15")).addFromContacts("rapporteur@itu.example")
        .sendReplyTo("tsbsg15@itu.example")
        .addTo(Body.workingGroup("ccamp")).addToContacts("ccamp@ietf.org")
        .purpose(Purpose.FOR_ACTION).subject("OTN models").build();
    LiaisonStatement reply = Replies.draft(original, dir);
    assertThat(reply.getFrom()).containsExactly(Body.workingGroup("ccamp"));
    assertThat(reply.getTo()).containsExactly(Body.externalGroup("ITU-T", "Study Group 15"));
    assertThat(reply.getSendTo()).contains("tsbsg15@itu.example");
    assertThat(reply.getToContacts()).containsExactly("rapporteur@itu.example");
    assertThat(reply.getFromContacts()).containsExactly("ccamp@ietf.org");
    assertThat(reply.getPurpose()).contains(Purpose.IN_RESPONSE);
    assertThat(reply.getRespondsTo()).containsExactly("in-7");
    assertThat(reply.getSubject()).contains("Re: OTN models");
    assertThat(reply.getSendReplyTo()).contains("itu-t-sg15-liaison@iab.org");
    assertThat(reply.isOutgoing()).isTrue();
    assertThat(Replies.draft(reply, dir).getSubject()).contains("Re: OTN models");
  }

  @Test
  void replyWithoutRelationshipGoesBackThroughLiaisonCoordination() {
    LiaisonStatement original = LiaisonStatement.builder().addFrom(Body.organization("ETSI"))
        .addTo(Body.workingGroup("lamps")).build();
    LiaisonStatement reply = Replies.draft(original, dir);
    assertThat(reply.getSendReplyTo()).contains("liaison-coordination@iab.org");
    assertThat(reply.getSendTo()).isEmpty();
    assertThat(reply.getRespondsTo()).isEmpty();
    // a reply to an outgoing statement is incoming and proposes no Send Reply To
    assertThat(Replies.draft(reply, dir).getSendReplyTo()).isEmpty();
  }

  @Test
  void transmittedDocumentsIncludeAttachedOnes() {
    DocumentReference rfc = DocumentReference.rfc(8407, DocumentStatus.BEST_CURRENT_PRACTICE, Stream.IETF);
    DocumentReference draft = DocumentReference.builder().kind(DocumentKind.INTERNET_DRAFT).name("draft-x").build();
    LiaisonStatement s = outgoing().addDocuments(rfc)
        .addAttachments(Attachment.builder().fileName("d.txt").document(draft).build()).build();
    assertThat(s.getTransmittedDocuments()).isEqualTo(List.of(rfc, draft));
  }
}
