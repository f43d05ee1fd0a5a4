package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Replies;
import io.github.liaisonproject.model.io.Format;
import io.github.liaisonproject.model.io.LiaisonFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenarios a liaison coordinator would recognise, end to end through the standard rule set and
 * the directory the bundled cases use (standard/directory.yaml): ops ADs Olga and Omar, rtg ADs
 * Rita and Raj, relationships with ITU-T SG15 (manager Lena) and 3GPP (manager Gus).
 */
class ScenariosTest {
  static LiaisonRules rules;
  static Directory directory;

  @BeforeAll
  static void setUp() {
    rules = LiaisonRules.standard();
    directory = BundledCasesTest.directory("directory.yaml");
  }

  static LiaisonStatement yaml(String text) throws Exception {
    return LiaisonFiles.readStatement(text, "scenario.yaml", Format.YAML);
  }

  @Test
  void aWgChairsForActionRequestToAnItuStudyGroup() throws Exception {
    LiaisonStatement s = yaml("""
        id: netconf-ls-1
        from: [{kind: WORKING_GROUP, name: netconf}]
        fromContacts: [nina.chair@example.org, netconf@ietf.org]
        to: [{organization: ITU-T, kind: EXTERNAL_GROUP, name: Study Group 15}]
        toContacts: [tsbsg15@example.int]
        purpose: For Action
        deadline: 2026-06-30
        subject: Request for review of the optical YANG models
        body: Please review draft-ietf-netconf-optical and send comments by the deadline.
        consensus: {declared: WORKING_GROUP_CONSENSUS, process: NEEDED, groupInformed: true}
        submitter: {address: nina.chair@example.org}
        """);
    Assessment a = rules.assess(s, directory, LocalDate.of(2026, 3, 1));
    // AD approval: any AD of ops; none yet, so not ready.
    assertThat(a.approval().potentialApprovers()).extracting(Approver::address)
        .containsExactlyInAnyOrder("olga.ad@example.org", "omar.ad@example.org");
    assertThat(a.approval().satisfied()).isFalse();
    assertThat(a.findings("APPROVAL-MISSING")).singleElement().satisfies(f -> assertThat(f.message())
        .contains("Olga Operations <olga.ad@example.org>").contains("Omar Management <omar.ad@example.org>"));
    assertThat(a.readyToSend()).isFalse();
    // The liaison manager is consulted before sending, and Send Reply To defaults to the manager's alias.
    assertThat(a.obligations("RELATIONSHIP-CONSULT-MANAGER")).singleElement().satisfies(o -> {
      assertThat(o.who().addresses()).contains("itu-t-sg15-liaison@iab.org");
      assertThat(o.dueBy()).isEqualTo(Due.beforeSending());
    });
    assertThat(a.proposals()).anySatisfy(p -> {
      assertThat(p.field()).isEqualTo("sendReplyTo");
      assertThat(p.value()).isEqualTo("itu-t-sg15-liaison@iab.org");
      assertThat(p.citation().ruleId()).isEqualTo("ROUTE-OUTGOING-REPLY-ADDRESS");
    });
    // With Olga's approval and the proposed Send Reply To it is ready.
    LiaisonStatement approved = ImmutableLiaisonStatement.copyOf(s)
        .withApprovals(io.github.liaisonproject.model.Approval.builder().address("olga.ad@example.org")
            .role(io.github.liaisonproject.model.Role.AREA_DIRECTOR).group("ops").build())
        .withSendReplyTo("itu-t-sg15-liaison@iab.org");
    Assessment ok = rules.assess(approved, directory, LocalDate.of(2026, 3, 1));
    assertThat(ok.findings(Severity.ERROR)).isEmpty();
    assertThat(ok.readyToSend()).isTrue();
    assertThat(ok.delivery().toAddresses()).containsExactly("tsbsg15@example.int");
    assertThat(ok.delivery().replyToAddresses()).containsExactly("itu-t-sg15-liaison@iab.org");
    // Without a deadline a For Action request is not ready.
    LiaisonStatement noDeadline = ImmutableLiaisonStatement.copyOf(approved).withDeadline(java.util.Optional.empty());
    assertThat(rules.assess(noDeadline, directory, LocalDate.of(2026, 3, 1)).findings("PURPOSE-ACTION-DEADLINE-REQUIRED"))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void anIesgStatementNeedsTheIetfChairAndSaysWhetherItIsIesgConsensus() throws Exception {
    LiaisonStatement s = yaml("""
        from: [{kind: IESG}]
        fromContacts: [iesg@ietf.org]
        to: [{organization: 3GPP, kind: ORGANIZATION}]
        toContacts: [3gpp@example.com]
        purpose: For Information
        subject: IETF process timelines
        body: The IESG informs 3GPP of the IETF's timelines.
        """);
    Assessment a = rules.assess(s, directory, LocalDate.of(2026, 3, 1));
    assertThat(a.approval().potentialApprovers()).extracting(Approver::address)
        .containsExactly("ietf-chair.person@example.org");
    assertThat(a.hasFinding("CONSENSUS-IESG-IMPLIED")).isTrue();
    assertThat(a.readyToSend()).isFalse();
  }

  @Test
  void anIabStatementNeedsTheIabChair() throws Exception {
    LiaisonStatement s = yaml("""
        from: [{kind: IAB}]
        fromContacts: [iab@iab.org]
        to: [{organization: ITU-T, kind: EXTERNAL_GROUP, name: Study Group 15}]
        toContacts: [tsbsg15@example.int]
        purpose: For Information
        subject: IAB liaison
        body: text
        submitter: {address: iab-chair.person@example.org}
        """);
    Assessment a = rules.assess(s, directory, LocalDate.of(2026, 3, 1));
    assertThat(a.approval().potentialApprovers()).extracting(Approver::address)
        .containsExactly("iab-chair.person@example.org");
    assertThat(a.approval().satisfied()).as("the IAB Chair submitting it approves it (APPROVAL-SELF)").isTrue();
    assertThat(a.approval().required()).singleElement()
        .satisfies(r -> assertThat(r.givenBy()).hasValueSatisfying(c -> assertThat(c.ruleId()).isEqualTo("APPROVAL-SELF")));
  }

  @Test
  void aStatementFromTwoWgsInTwoAreasNeedsAnAdOfEach() throws Exception {
    LiaisonStatement s = yaml("""
        from: [{kind: WORKING_GROUP, name: netconf}, {kind: WORKING_GROUP, name: ccamp}]
        fromContacts: [nina.chair@example.org, carl.chair@example.org]
        to: [{organization: ITU-T, kind: EXTERNAL_GROUP, name: Study Group 15}]
        toContacts: [tsbsg15@example.int]
        purpose: For Information
        subject: Joint status
        body: text
        approvals: [{address: rita.ad@example.org, role: AREA_DIRECTOR, group: rtg}]
        """);
    Assessment a = rules.assess(s, directory, LocalDate.of(2026, 3, 1));
    assertThat(a.approval().required()).hasSize(2);
    assertThat(a.approval().potentialApprovers()).extracting(Approver::address).containsExactlyInAnyOrder(
        "olga.ad@example.org", "omar.ad@example.org", "rita.ad@example.org", "raj.ad@example.org");
    assertThat(a.approval().present()).extracting(Approver::address).containsExactly("rita.ad@example.org");
    assertThat(a.approval().satisfied()).as("ops has not approved").isFalse();
    assertThat(a.findings("APPROVAL-MISSING")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("olga.ad@example.org").doesNotContain("raj.ad@example.org"));
  }

  @Test
  void anIncoming3gppForActionThenItsReply() throws Exception {
    LiaisonStatement request = yaml("""
        id: 3gpp-ls-7
        from: [{organization: 3GPP, kind: EXTERNAL_GROUP, name: SA2}]
        fromContacts: [sa2-chair@example.com]
        sendReplyTo: 3gpp-liaisons@example.com
        to: [{kind: WORKING_GROUP, name: teas}]
        toContacts: [tess.chair@example.org]
        purpose: For Action
        deadline: 2026-04-10
        subject: Network slicing questions
        body: Please answer our questions on slicing.
        record: {uri: "https://datatracker.ietf.org/liaison/9001/", recordedOn: 2026-03-02}
        received: 2026-03-01
        assignee: tess.chair@example.org
        """);
    Assessment open = rules.assess(request, directory, LocalDate.of(2026, 3, 30));
    assertThat(open.obligations("RESPONSE-DUE")).singleElement().satisfies(o -> {
      assertThat(o.discharged()).isFalse();
      assertThat(o.dueBy()).isEqualTo(Due.by(LocalDate.of(2026, 4, 10)));
      assertThat(o.who().addresses()).contains("tess.chair@example.org");
    });
    assertThat(open.hasFinding("RESPONSE-DUE-SOON")).isTrue();

    LiaisonStatement reply = ImmutableLiaisonStatement.copyOf(Replies.draft(request, directory))
        .withFromContacts(List.of("tess.chair@example.org")).withBody("Our answers.")
        .withConsensus(io.github.liaisonproject.model.Consensus.builder()
            .declared(io.github.liaisonproject.model.ConsensusLevel.COLLECTED_COMMENTS)
            .listDiscussion(io.github.liaisonproject.model.DiscussionOutcome.NO_CLEAR_CONSENSUS).groupInformed(true).build());
    assertThat(reply.getSendTo()).contains("3gpp-liaisons@example.com");
    Assessment r = rules.assess(reply, directory, LocalDate.of(2026, 4, 1), List.of(request));
    assertThat(r.hasFinding("ROUTE-REPLY-SEND-TO")).isFalse();
    assertThat(r.delivery().toAddresses()).containsExactly("3gpp-liaisons@example.com");
    assertThat(r.approval().potentialApprovers()).extracting(Approver::address)
        .containsExactlyInAnyOrder("rita.ad@example.org", "raj.ad@example.org");

    LiaisonStatement recordedReply = ImmutableLiaisonStatement.copyOf(reply)
        .withRecord(io.github.liaisonproject.model.PublicRecord.builder().recordedOn(LocalDate.of(2026, 4, 2)).build());
    Assessment answered = rules.assess(request, directory, LocalDate.of(2026, 4, 20), List.of(recordedReply));
    assertThat(answered.obligations("RESPONSE-DUE")).singleElement().satisfies(o -> assertThat(o.discharged()).isTrue());
    assertThat(answered.hasFinding("RESPONSE-OVERDUE")).isFalse();
  }

  @Test
  void aMisdirectedIncomingStatementIsForwarded() throws Exception {
    LiaisonStatement s = yaml("""
        from: [{organization: IEEE, kind: EXTERNAL_GROUP, name: "802.1"}]
        fromContacts: [ieee-sec@example.com]
        to: [{kind: WORKING_GROUP, name: quic}]
        toContacts: [quinn.chair@example.org]
        purpose: For Information
        subject: TSN and YANG
        body: text
        misdirected: true
        correctGroups: [{kind: WORKING_GROUP, name: netmod}]
        """);
    Assessment a = rules.assess(s, directory, LocalDate.of(2026, 3, 1));
    assertThat(a.obligations("ROUTE-MISDIRECTED")).singleElement()
        .satisfies(o -> assertThat(o.what()).contains("netmod"));
  }

  @Test
  void anIndividualDraftSentWithoutContext() throws Exception {
    LiaisonStatement s = yaml("""
        from: [{kind: WORKING_GROUP, name: netmod}]
        fromContacts: [mia.chair@example.org]
        to: [{organization: 3GPP, kind: ORGANIZATION}]
        toContacts: [3gpp@example.com]
        purpose: For Information
        subject: A draft of interest
        body: See draft-smith-yang-thing.
        documents:
          - {kind: INTERNET_DRAFT, name: draft-smith-yang-thing, draftKind: INDIVIDUAL, status: PROPOSED_STANDARD, statusNoted: true}
        """);
    Assessment a = rules.assess(s, directory, LocalDate.of(2026, 3, 1));
    assertThat(a.transmission()).singleElement().satisfies(v -> {
      assertThat(v.eligibility()).isEqualTo(Eligibility.NEEDS_CONTEXT);
      assertThat(v.findings()).extracting(Finding::ruleId).contains("TRANSMIT-NEEDS-CONTEXT");
    });
  }

  @Test
  void aReplyClaimingWgConsensusAfterADiscussionWithoutOne() throws Exception {
    LiaisonStatement s = yaml("""
        from: [{kind: WORKING_GROUP, name: teas}]
        fromContacts: [tess.chair@example.org]
        to: [{organization: 3GPP, kind: EXTERNAL_GROUP, name: SA2}]
        toContacts: [sa2-chair@example.com]
        purpose: In Response
        respondsTo: [3gpp-ls-7]
        subject: "Re: Network slicing questions"
        body: The WG agrees.
        consensus: {declared: WORKING_GROUP_CONSENSUS, listDiscussion: NO_CLEAR_CONSENSUS, groupInformed: true}
        """);
    Assessment a = rules.assess(s, directory, LocalDate.of(2026, 3, 1));
    assertThat(a.findings("CONSENSUS-COLLECTED-COMMENTS")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void anOverdueIncomingRequest() throws Exception {
    LiaisonStatement s = yaml("""
        id: itu-ls-3
        from: [{organization: ITU-T, kind: EXTERNAL_GROUP, name: Study Group 15}]
        fromContacts: [tsbsg15@example.int]
        to: [{kind: WORKING_GROUP, name: ccamp}]
        toContacts: [carl.chair@example.org]
        purpose: For Action
        deadline: 2026-02-01
        subject: Please comment on G.8275
        body: text
        record: {recordedOn: 2025-12-01}
        received: 2025-12-01
        """);
    Assessment a = rules.assess(s, directory, LocalDate.of(2026, 3, 1));
    assertThat(a.findings("RESPONSE-OVERDUE")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    LiaisonStatement withdrawn = ImmutableLiaisonStatement.copyOf(s).withStage(io.github.liaisonproject.model.Stage.WITHDRAWN);
    assertThat(rules.assess(withdrawn, directory, LocalDate.of(2026, 3, 1)).hasFinding("RESPONSE-OVERDUE")).isFalse();
  }

  @Test
  void aSentStatementWhoseRecordShowsItApprovedHasItsApproval() throws Exception {
    String sent = """
        from: [{kind: WORKING_GROUP, name: netconf}]
        fromContacts: [nina.chair@example.org, netconf@ietf.org, liaison-coordination@iab.org]
        to: [{organization: IEEE, kind: EXTERNAL_GROUP, name: "802.1"}]
        toContacts: [ieee-sec@example.com]
        purpose: For Information
        subject: YANG models for bridges
        body: The NETCONF WG informs IEEE 802.1 of its YANG work.
        stage: SENT
        sent: 2026-02-20
        """;
    LocalDate asOf = LocalDate.of(2026, 3, 1);
    // approved on the record, nobody named: met, by nobody named, cited as the requirement's own rule
    Assessment anonymous = rules.assess(yaml(sent + "recordedApproval: {approved: YES, by: (System)}\n"), directory, asOf);
    assertThat(anonymous.approval().satisfied()).isTrue();
    assertThat(anonymous.approval().required()).singleElement().satisfies(r -> {
      assertThat(r.satisfied()).isTrue();
      assertThat(r.givenOnRecordOnly()).isTrue();
      assertThat(r.approvedBy()).isEmpty();
      assertThat(r.givenBy()).contains(r.citation());
      assertThat(r.citation().ruleId()).isEqualTo("APPROVAL-WG");
    });
    assertThat(anonymous.approval().present()).isEmpty();
    assertThat(anonymous.findings("APPROVAL-MISSING")).isEmpty();
    // the record gives Omar's address: Omar approved
    Assessment omar = rules.assess(yaml(sent + "recordedApproval: {approved: YES, byAddress: omar.ad@example.org}\n"),
        directory, asOf);
    assertThat(omar.approval().required()).singleElement().satisfies(r -> {
      assertThat(r.approvedBy()).map(Approver::name).contains("Omar Management");
      assertThat(r.givenOnRecordOnly()).isFalse();
    });
    // an address that is no potential approver's names nobody, and the approval still stands
    Assessment stranger = rules.assess(yaml(sent + "recordedApproval: {approved: YES, byAddress: someone@example.org}\n"),
        directory, asOf);
    assertThat(stranger.approval().required()).singleElement().satisfies(r -> {
      assertThat(r.satisfied()).isTrue();
      assertThat(r.approvedBy()).isEmpty();
    });
    // awaiting approval on the record, or nothing on record: not met
    assertThat(rules.assess(yaml(sent + "recordedApproval: {approved: NO}\n"), directory, asOf).approval().satisfied())
        .isFalse();
    assertThat(rules.assess(yaml(sent), directory, asOf).approval().satisfied()).isFalse();
  }
}
