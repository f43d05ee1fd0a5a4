package io.github.liaisonproject.rules.oracle;

import io.github.liaisonproject.model.Approval;
import io.github.liaisonproject.model.BodyKind;
import io.github.liaisonproject.model.ConsensusLevel;
import io.github.liaisonproject.model.ConsensusProcess;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.DiscussionOutcome;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.vocabulary.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The approval, routing, transmission and consensus rules of the standard rule set written as plain
 * Java, one block per rule, from the conditions of approval.drl, routing.drl, transmission.drl and
 * consensus.drl. It is the speed limit the Drools rule set is measured against, and a differential
 * oracle: on generated statements both must give the same {@link Answer}.
 *
 * <p>It reuses the rules' vocabulary ({@link Statement}: the same helpers the rule conditions call),
 * so what it checks independently is the engine side: every rule's condition, the firing of one rule
 * per approval unit, {@code not ApprovalGiven} with APPROVAL-SELF and salience, {@code from} over the
 * documents, and the way consequences become findings (a proposal of a rule with a severity is a
 * finding; obligations and decisions are not).
 */
public final class HandCoded {
  private HandCoded() {}

  /** Findings (rule IDs), approval requirements and delivery for one statement. */
  public static Answer assess(LiaisonStatement model, Directory directory, LocalDate asOf, List<LiaisonStatement> related) {
    Statement s = new Statement(model, directory, asOf, related, LiaisonRules.DEFAULT_DUE_SOON_DAYS);
    TreeSet<String> findings = new TreeSet<>();
    List<String> approvals = new ArrayList<>();
    approval(s, findings, approvals);
    List<String> to = new ArrayList<>();
    List<String> cc = new ArrayList<>();
    List<String> replyTo = new ArrayList<>();
    routing(s, findings, to, cc, replyTo);
    transmission(s, findings);
    consensus(s, findings);
    approvals.sort(null);
    return new Answer(findings, approvals, to, cc, replyTo);
  }

  // ---- approval.drl ----------------------------------------------------------------------------

  private static final class Need {
    final String forWhom;
    final List<Approver> approvers;
    Approver givenBy;

    Need(String forWhom, List<Approver> approvers) {
      this.forWhom = forWhom;
      this.approvers = approvers;
    }
  }

  private static void approval(Statement s, TreeSet<String> findings, List<String> out) {
    if (!s.isOutgoing()) {
      return; // APPROVAL-INCOMING-NONE decides, and nothing else here applies to incoming statements
    }
    List<Need> needs = new ArrayList<>();
    int groups = s.getApprovingGroupCount();
    // APPROVAL-WG, -AREA, -IETF-IESG, -IAB (one approving group: exactly one of them matches) and
    // APPROVAL-MULTIPLE-GROUPS (several): one need per approval unit.
    if (groups >= 1) {
      for (Statement.ApprovalUnit u : s.getApprovalUnits()) {
        needs.add(require(s, u.forWhom(), u.approvers()));
      }
    }
    // IRTF-RESPONSE-VIA-IAB
    if (s.isInResponse() && s.isFromIrtf()) {
      needs.add(require(s, s.getIrtfSenders() + " (a response: the IRTF Chair decides with the IAB)", s.getIabChair()));
    }
    // APPROVAL-SELF
    String submitter = s.getSubmitterAddress();
    if (submitter != null) {
      for (Need n : needs) {
        if (n.givenBy == null) {
          for (Approver a : n.approvers) {
            if (a.address().equalsIgnoreCase(submitter)) {
              n.givenBy = a;
              break;
            }
          }
        }
      }
    }
    boolean withdrawn = s.isWithdrawn();
    for (Need n : needs) {
      // APPROVAL-MISSING (salience -10: after every approval is in), APPROVAL-UNKNOWN-AREA
      if (!withdrawn && n.givenBy == null) {
        findings.add(n.approvers.isEmpty() ? "APPROVAL-UNKNOWN-AREA" : "APPROVAL-MISSING");
      }
      out.add(requirement(n.forWhom, n.approvers, n.givenBy));
    }
    // APPROVAL-IETF-EXPERTS
    if (!withdrawn && s.isFromKind(BodyKind.IETF)) {
      findings.add("APPROVAL-IETF-EXPERTS");
    }
    // IRTF-NO-INITIATE
    if (!withdrawn && !s.isInResponse() && s.isFromIrtf()) {
      findings.add("IRTF-NO-INITIATE");
    }
  }

  /** report.requireApproval: the first approval on the statement whose address is an approver's meets the need. */
  private static Need require(Statement s, String forWhom, List<Approver> approvers) {
    Need n = new Need(forWhom, List.copyOf(approvers));
    for (Approval a : s.getModel().getApprovals()) {
      for (Approver candidate : n.approvers) {
        if (n.givenBy == null && candidate.address().equalsIgnoreCase(a.getAddress())) {
          n.givenBy = candidate;
        }
      }
    }
    return n;
  }

  /** An approval requirement as the differential test compares it. */
  public static String requirement(String forWhom, List<Approver> approvers, Approver givenBy) {
    StringBuilder sb = new StringBuilder(forWhom).append(" <- [");
    for (int i = 0; i < approvers.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(approvers.get(i).address());
    }
    return sb.append("] given by ").append(givenBy == null ? "nobody" : givenBy.address()).toString();
  }

  // ---- routing.drl -----------------------------------------------------------------------------

  private static void routing(Statement s, TreeSet<String> findings, List<String> to, List<String> cc,
      List<String> replyTo) {
    boolean outgoing = s.isOutgoing();
    boolean incoming = s.isIncoming();
    // ROUTE-DELIVERY
    List<String> deliveryTo = s.getDeliveryTo();
    if (!deliveryTo.isEmpty()) {
      addAll(to, deliveryTo);
      addAll(cc, s.getDeliveryCc());
      if (outgoing && s.getSendReplyTo() != null) {
        addAll(replyTo, List.of(s.getSendReplyTo()));
      }
    }
    // ROUTE-MISDIRECTED: the forward to the right groups is the delivery (§3.1)
    if (s.isMisdirectedWithKnownGroups()) {
      addAll(to, s.getCorrectGroupAddresses());
    }
    // ROUTE-FROM-CONTACTS-DEFAULT: one INFO proposal per missing default From-Contact
    if (outgoing && !s.getMissingDefaultFromContacts().isEmpty()) {
      findings.add("ROUTE-FROM-CONTACTS-DEFAULT");
    }
    // ROUTE-REPLY-SEND-TO: always a finding (INFO or WARNING)
    String original = s.getOriginalSendReplyTo();
    String sendTo = s.getSendTo();
    if (original != null && (sendTo == null || !sendTo.equalsIgnoreCase(original))) {
      findings.add("ROUTE-REPLY-SEND-TO");
    }
    // ROUTE-OUTGOING-REPLY-ADDRESS: a WARNING proposal
    if (outgoing && !s.isSendReplyToAsExpected()) {
      findings.add("ROUTE-OUTGOING-REPLY-ADDRESS");
    }
    // ROUTE-REPLY-ADDRESS-ROLE
    if (outgoing && s.getSendReplyTo() != null && s.isPersonal(s.getSendReplyTo())) {
      findings.add("ROUTE-REPLY-ADDRESS-ROLE");
    }
    // ROUTE-INCOMING-RECEIVED-FROM: a finding only when neither address is known
    if (incoming && s.getSendReplyTo() == null && s.getReceivedFrom() == null) {
      findings.add("ROUTE-INCOMING-RECEIVED-FROM");
    }
    // ROUTE-INCOMING-RECEIVED-AT: a finding only when it is not known where it arrived
    if (incoming && s.getReceivedAt() == null && sendTo == null) {
      findings.add("ROUTE-INCOMING-RECEIVED-AT");
    }
    // ROUTE-FROM-CONTACTS-INFORMED, ROUTE-INCOMING-DISTRIBUTE, -NO-MANAGER, ROUTE-MISDIRECTED,
    // ROUTE-IRTF-RELEVANT: obligations only.
  }

  /** Outcome.delivery and byRule: blank addresses dropped, repeats (ignoring case) folded. */
  private static void addAll(List<String> out, List<String> addresses) {
    for (String a : addresses) {
      if (a == null || a.isBlank()) {
        continue;
      }
      boolean seen = false;
      for (String x : out) {
        if (x.equalsIgnoreCase(a)) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        out.add(a);
      }
    }
  }

  // ---- transmission.drl ------------------------------------------------------------------------

  private static void transmission(Statement s, TreeSet<String> findings) {
    if (!s.isOutgoing()) {
      return;
    }
    for (DocumentReference d : s.getDocuments()) {
      // TRANSMIT-NEEDS-CONTEXT
      if (s.isConsensusContextNeeded(d) && !d.isFurtherConsensusDeveloped() && !d.isNotConsensusContextIncluded()) {
        findings.add("TRANSMIT-NEEDS-CONTEXT");
      }
      // TRANSMIT-STATUS-NOT-NOTED
      if (!d.isStatusNoted()) {
        findings.add("TRANSMIT-STATUS-NOT-NOTED");
      }
      // TRANSMIT-WG-DRAFT-WORK-IN-PROGRESS
      if (d.isWorkingGroupDraft() && !d.isMarkedWorkInProgress()) {
        findings.add("TRANSMIT-WG-DRAFT-WORK-IN-PROGRESS");
      }
      // TRANSMIT-ELIGIBLE: a verdict, no finding
    }
  }

  // ---- consensus.drl ---------------------------------------------------------------------------

  private static void consensus(Statement s, TreeSet<String> findings) {
    if (!s.isOutgoing()) {
      return; // CONSENSUS-SEEK-GROUP-INPUT, the one rule for incoming statements, is an obligation
    }
    ConsensusLevel declared = s.getConsensusDeclared();
    ConsensusProcess process = s.getConsensusProcess();
    if (declared == ConsensusLevel.NOT_STATED) {
      findings.add("CONSENSUS-NOT-STATED");
    }
    if (!s.isGroupInformed() && !declared.isConsensusClaim() && declared != ConsensusLevel.COLLECTED_COMMENTS) {
      findings.add("CONSENSUS-GROUP-NOT-INFORMED");
    }
    if (s.isFromKind(BodyKind.IESG) && declared != ConsensusLevel.IESG_CONSENSUS
        && declared != ConsensusLevel.NO_CONSENSUS_CLAIMED && declared != ConsensusLevel.COLLECTED_COMMENTS
        && declared != ConsensusLevel.IETF_WIDE_CONSENSUS) {
      findings.add("CONSENSUS-IESG-IMPLIED");
    }
    if (process == ConsensusProcess.NEEDED && s.isAreaOrIetfLevelSender()
        && declared != ConsensusLevel.IETF_WIDE_CONSENSUS) {
      findings.add("CONSENSUS-SENDER-WG");
      findings.add("CONSENSUS-IETF-WIDE-REQUIRED");
    }
    DiscussionOutcome discussion = s.getListDiscussion();
    if ((discussion == DiscussionOutcome.NO_CLEAR_CONSENSUS || discussion == DiscussionOutcome.NO_DISCUSSION)
        && (declared.isConsensusClaim() || declared == ConsensusLevel.NOT_STATED)) {
      findings.add("CONSENSUS-COLLECTED-COMMENTS");
    }
    if (s.getModel().getReply().isAgreesToCharterChange() && declared != ConsensusLevel.IETF_WIDE_CONSENSUS
        && !(s.isFromOnly(BodyKind.WORKING_GROUP) && declared == ConsensusLevel.WORKING_GROUP_CONSENSUS)) {
      findings.add("CONSENSUS-CHARTER-CHANGE");
    }
    if (s.getModel().isSolicitsComments() && s.isTransmittingStandardsTrackWorkingGroupDraft()
        && declared != ConsensusLevel.WORKING_GROUP_CONSENSUS && declared != ConsensusLevel.IETF_WIDE_CONSENSUS) {
      findings.add("CONSENSUS-WG-DRAFT-COMMENTS");
    }
    if (process.isExempt()) {
      findings.add("CONSENSUS-NONE-NEEDED");
    }
    if (!s.isReferencingIetfDocuments() && !process.isExempt()
        && (declared == ConsensusLevel.NOT_STATED || declared == ConsensusLevel.NO_CONSENSUS_CLAIMED)) {
      findings.add("CONSENSUS-BASE-ON-EXISTING");
    }
  }
}
