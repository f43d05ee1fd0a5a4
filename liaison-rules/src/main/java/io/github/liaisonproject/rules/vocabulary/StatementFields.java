package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Attachment;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.BodyKind;
import io.github.liaisonproject.model.ConsensusLevel;
import io.github.liaisonproject.model.ConsensusProcess;
import io.github.liaisonproject.model.Direction;
import io.github.liaisonproject.model.DiscussionOutcome;
import io.github.liaisonproject.model.Known;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.SendingChannel;
import io.github.liaisonproject.model.Stage;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statement's own fields as plain properties, null for what it does not give: what {@link
 * Statement} reads from the model without the directory, the as-of date or the related statements.
 * Nothing here looks anything up or decides: each accessor reads one field (or one field's
 * effective reading, as the model defines it), or tells the kinds of its bodies apart. Rules see these through {@code Statement(...)}.
 */
public abstract class StatementFields {
  /** The model's statement. */
  protected final LiaisonStatement model;

  StatementFields(LiaisonStatement model) {
    this.model = model;
  }

  // ---- the statement ---------------------------------------------------------------------------

  @Describe("The model's statement (e.g. model.misdirected, model.irtfRelevant, model.solicitsComments).")
  public LiaisonStatement getModel() { return model; }
  @Describe("Its id, or null.")
  public String getId() { return model.getId().orElse(null); }
  @Describe("OUTGOING (the IETF sends it) or INCOMING.")
  public Direction getDirection() { return model.getDirection(); }
  @Describe("The IETF sends it.")
  public boolean isOutgoing() { return model.isOutgoing(); }
  @Describe("The IETF receives it.")
  public boolean isIncoming() { return model.isIncoming(); }
  @Describe("DRAFT, PENDING_APPROVAL, SENT, RECEIVED, WITHDRAWN, ...")
  public Stage getStage() { return model.getStage(); }
  @Describe("Its stage is SENT.")
  public boolean isSent() { return model.getStage() == Stage.SENT; }
  @Describe("Its stage is WITHDRAWN.")
  public boolean isWithdrawn() { return model.getStage() == Stage.WITHDRAWN; }
  /** Sent or received: it has left or reached the IETF. */
  @Describe("Sent or received: it has left or reached the IETF.")
  public boolean isTransmitted() { return model.getStage().isTransmitted(); }
  @Describe("It is publicly recorded.")
  public boolean isRecorded() { return model.isRecorded(); }

  @Describe("The From bodies (model Body), as given; FromBody facts hold them once each.")
  public List<Body> getFrom() { return model.getFrom(); }
  @Describe("The To bodies (model Body), as given; ToBody facts hold them once each.")
  public List<Body> getTo() { return model.getTo(); }
  @Describe("The From-Contacts, as given; Contact(from) facts hold them one by one.")
  public List<String> getFromContacts() { return model.getFromContacts(); }
  @Describe("The To-Contacts, as given; Contact(to) facts hold them one by one.")
  public List<String> getToContacts() { return model.getToContacts(); }
  /** From-Liaison-Contact, "Send Reply To". */
  @Describe("From-Liaison-Contact, \"Send Reply To\".")
  public String getSendReplyTo() { return model.getSendReplyTo().orElse(null); }
  /** To-Liaison-Contact, "Send To". */
  @Describe("To-Liaison-Contact, \"Send To\".")
  public String getSendTo() { return model.getSendTo().orElse(null); }

  @Describe("FOR_ACTION, FOR_COMMENT, FOR_INFORMATION or IN_RESPONSE; null when not given.")
  public Purpose getPurpose() { return model.getPurpose().orElse(null); }
  @Describe("Its purpose is For Action.")
  public boolean isForAction() { return getPurpose() == Purpose.FOR_ACTION; }
  @Describe("Its purpose is For Information.")
  public boolean isForInformation() { return getPurpose() == Purpose.FOR_INFORMATION; }
  @Describe("Its purpose is In Response.")
  public boolean isInResponse() { return getPurpose() == Purpose.IN_RESPONSE; }
  @Describe("Its purpose is the legacy For Comment.")
  public boolean isForComment() { return getPurpose() == Purpose.FOR_COMMENT; }
  @Describe("Its deadline, or null.")
  public LocalDate getDeadline() { return model.getDeadline().orElse(null); }
  @Describe("It has a deadline.")
  public boolean hasDeadline() { return model.getDeadline().isPresent(); }

  @Describe("Its subject, or null.")
  public String getSubject() { return model.getSubject().orElse(null); }
  /** False when the subject holds a line break (it becomes a mail header). */
  @Describe("False when the subject holds a line break (it becomes a mail header).")
  public boolean isSubjectSingleLine() {
    return io.github.liaisonproject.model.validation.SingleLineValidator.isSingleLine(getSubject());
  }
  @Describe("The subject's length in characters (0 when none).")
  public int getSubjectLength() { return model.getSubject().map(String::length).orElse(0); }
  @Describe("Its body text, or null.")
  public String getBody() { return model.getBody().orElse(null); }
  @Describe("It has body text that is not blank.")
  public boolean hasBodyText() { return model.getBody().filter(b -> !b.isBlank()).isPresent(); }
  @Describe("The model's attachments; AttachmentFact facts hold them one by one.")
  public List<Attachment> getAttachments() { return model.getAttachments(); }

  @Describe("The consensus level it declares (NOT_STATED when it says nothing).")
  public ConsensusLevel getConsensusDeclared() { return model.getConsensus().getDeclared(); }
  @Describe("The consensus process it needs (NEEDED, or an exempt kind).")
  public ConsensusProcess getConsensusProcess() { return model.getConsensus().getProcess(); }
  @Describe("The sending group was informed before sending.")
  public boolean isGroupInformed() { return model.getConsensus().isGroupInformed(); }
  @Describe("The outcome of the list discussion, or null.")
  public DiscussionOutcome getListDiscussion() { return model.getConsensus().getListDiscussion().orElse(null); }

  @Describe("Incoming: the address it was received from, or null.")
  public String getReceivedFrom() { return model.getReceivedFrom().orElse(null); }
  @Describe("Incoming: the central address it was received at, or null.")
  public String getReceivedAt() { return model.getReceivedAt().orElse(null); }
  @Describe("Incoming: the person assigned to it, or null.")
  public String getAssignee() { return model.getAssignee().orElse(null); }
  @Describe("The submitter's address, or null.")
  public String getSubmitterAddress() { return model.getSubmitter().map(s -> s.getAddress()).orElse(null); }

  // ---- revision 2: what is known, and the stage ------------------------------------------------
  // "Unknown is not no": each of these is YES, NO or UNKNOWN (io.github.liaisonproject.model.Known);
  // the rules compare them by name. The effective readings of the model are used: a fact not given
  // reads YES where the older fields show it (groupInformed: true, a declared level, body text, a
  // received-at address, a linked informal reply), else UNKNOWN.

  /** §4.2: the group it represents was informed before transmission. */
  @Describe("§4.2: the group it represents was informed before transmission: YES, NO or UNKNOWN (groupInformed: true reads YES).")
  public Known getGroupInformedKnown() { return model.getConsensus().getEffectiveGroupInformed(); }
  /** §4.2: the statement spells out the level of consensus it implies (or that it implies none). */
  @Describe("§4.2: it spells out the level of consensus (or none): YES, NO or UNKNOWN (a declared level reads YES).")
  public Known getLevelStated() { return model.getConsensus().getEffectiveLevelStated(); }
  /** §2.3: the content is given as plain text. */
  @Describe("§2.3: the content is plain text: YES, NO or UNKNOWN (body text reads YES).")
  public Known getPlainText() { return model.getEffectivePlainTextContent(); }
  /** -05 §2.1: incoming, received through a central address (YES) or directly by the groups it names (NO). */
  @Describe("-05 §2.1: incoming, received through a central address (YES) or directly (NO), or UNKNOWN; a receivedAt reads YES; NO for outgoing.")
  public Known getReceivedCentrallyKnown() {
    return isIncoming() ? model.getEffectiveReceivedCentrally() : Known.NO;
  }
  /** -05 §2.1: incoming, its distribution to the To-Contacts is recorded. */
  @Describe("-05 §2.1: incoming, its distribution to the To-Contacts is recorded: YES, NO or UNKNOWN.")
  public Known getDistributed() { return model.getFollowUp().getDistributed(); }
  /** §5.1: the originating organization has been told what the IETF decided (as recorded; a linked informal reply reads YES). */
  @Describe("§5.1: the originating organization was told what the IETF decided: YES, NO or UNKNOWN (a linked informal reply reads YES).")
  public Known getOriginatorInformedKnown() { return model.getFollowUp().getEffectiveOriginatorInformed(); }
  /** The record does not show where the statement stands: its stage is a best reading, not a fact. */
  @Describe("The record does not show where it stands: its stage is a best reading, not a fact.")
  public boolean isStageUnknown() { return model.isStageUnknown(); }
  /**
   * Outgoing and known to be still in preparation (draft or pending approval): the stage where the
   * preparation duties apply. A record whose stage is unknown is not known to be in preparation.
   */
  @Describe("Outgoing and known to be in preparation (draft or pending approval): where preparation duties apply.")
  public boolean isPreparing() {
    return isOutgoing() && !model.isStageUnknown()
        && (model.getStage() == Stage.DRAFT || model.getStage() == Stage.PENDING_APPROVAL);
  }

  // ---- recording and follow-up -----------------------------------------------------------------

  /** Outgoing: how it is (or was) transmitted (§3.2), or null when not said. */
  @Describe("Outgoing: how it is (or was) transmitted (§3.2), or null when not said.")
  public SendingChannel getSentVia() { return model.getSentVia().orElse(null); }
  /** Outgoing: sent (or to be sent) directly by mail, so recorded after the fact (§3.2). */
  @Describe("Outgoing: sent (or to be sent) directly by mail, so recorded after the fact (§3.2).")
  public boolean isSentByDirectMail() { return getSentVia() == SendingChannel.DIRECT_MAIL; }
  /** Sent through the recording tool, whose delivery copies the From-Contacts (ROUTE-DELIVERY). */
  @Describe("Sent through the recording tool, whose delivery copies the From-Contacts (ROUTE-DELIVERY).")
  public boolean isSentThroughTool() { return isSent() && getSentVia() == SendingChannel.RECORDING_TOOL; }
  /** Who made the public record (a name or an address), or null. */
  @Describe("Who made the public record (a name or an address), or null.")
  public String getRecordedBy() {
    return model.getRecord().flatMap(r -> r.getRecordedBy()).filter(b -> !b.isBlank()).orElse(null);
  }
  /** Incoming: the record is marked "action taken" (-05 §3.1). */
  @Describe("Incoming: the record is marked \"action taken\" (-05 §3.1).")
  public boolean isActionTaken() { return model.getFollowUp().isActionTaken(); }
  /** Incoming: other actions taken are recorded in a linked tool or list (-05 §3.1). */
  @Describe("Incoming: other actions taken are recorded in a linked tool or list (-05 §3.1).")
  public boolean hasActionsRecorded() { return !model.getFollowUp().getActionsRecorded().isEmpty(); }
  /** Incoming: an informal reply (a mail in an archive) is linked (§5.1). */
  @Describe("Incoming: an informal reply (a mail in an archive) is linked (§5.1).")
  public boolean hasInformalReply() { return model.getFollowUp().getInformalReply().isPresent(); }
  /** Incoming: a decision not to respond is recorded (§1). */
  @Describe("Incoming: a decision not to respond is recorded (§1).")
  public boolean isDecidedNotToRespond() { return model.getFollowUp().isDecidedNotToRespond(); }
  /** Incoming and misdirected: the groups it should go to (§3.1); CorrectGroup facts hold them once each. */
  @Describe("Incoming and misdirected: the groups it should go to (§3.1); CorrectGroup facts hold them once each.")
  public List<Body> getCorrectGroups() { return model.getCorrectGroups(); }

  // ---- replies -----------------------------------------------------------------------------------

  /** The ids of the statements this one answers (In Response, §2.2); empty when it names none. */
  @Describe("The ids of the statements this one answers (In Response, §2.2); empty when it names none.")
  public List<String> getRespondsTo() { return model.getRespondsTo(); }
  /** Incoming and addressed to several groups: the group that leads the response, or null (§5.1). */
  @Describe("Incoming and addressed to several groups: the group that leads the response, or null (§5.1).")
  public Body getLeadGroup() { return model.getLeadGroup().orElse(null); }
  /** A reply that declines the request or honours it with modifications (§5.1). */
  @Describe("A reply that declines the request or honours it with modifications (§5.1).")
  public boolean isDeclinesOrModifies() { return model.getReply().isDeclinesOrModifies(); }
  /** A reply that gives its reasons or an alternate course of action (§5.1). */
  @Describe("A reply that gives its reasons or an alternate course of action (§5.1).")
  public boolean isGivesReasons() { return model.getReply().isGivesReasons(); }
  /** The date by which a reply promises the requested action, or null (§5.1). */
  @Describe("The date by which a reply promises the requested action, or null (§5.1).")
  public LocalDate getPromisesActionBy() { return model.getReply().getPromisesActionBy().orElse(null); }

  // ---- bodies --------------------------------------------------------------------------------

  @Describe("isFromKind(BodyKind.X): some From body is of this kind.")
  public boolean isFromKind(BodyKind kind) {
    // loops rather than streams in the helpers conditions call for every assessment: no allocation
    for (Body b : model.getFrom()) {
      if (b.getKind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** True when every From body is of one of these kinds (false with no From body). */
  @Describe("True when every From body is of one of these kinds (false with no From body).")
  public boolean isFromOnly(BodyKind... kinds) {
    Set<BodyKind> allowed = Set.of(kinds);
    return !model.getFrom().isEmpty() && model.getFrom().stream().allMatch(b -> allowed.contains(b.getKind()));
  }

  @Describe("isToKind(BodyKind.X): some To body is of this kind.")
  public boolean isToKind(BodyKind kind) {
    return model.getTo().stream().anyMatch(b -> b.getKind() == kind);
  }

  /** The IETF-side To bodies (for incoming statements: the groups addressed). */
  @Describe("The IETF-side To bodies (for incoming statements: the groups addressed).")
  public List<Body> getIetfRecipients() {
    return model.getTo().stream().filter(Body::isIetfSide).toList();
  }

  /** The number of IETF-side To bodies (the groups addressed). */
  @Describe("The number of IETF-side To bodies (the groups addressed).")
  public int getIetfRecipientCount() { return getIetfRecipients().size(); }

  /** The number of distinct organizations among the From bodies. */
  @Describe("The number of distinct organizations among the From bodies.")
  public int getFromOrganizationCount() { return organizations(model.getFrom()).size(); }

  /** The number of distinct organizations among the To bodies. */
  @Describe("The number of distinct organizations among the To bodies.")
  public int getToOrganizationCount() { return organizations(model.getTo()).size(); }

  private static Set<String> organizations(List<Body> bodies) {
    Set<String> orgs = new LinkedHashSet<>();
    bodies.forEach(b -> orgs.add(b.getOrganization().trim().toLowerCase(Locale.ROOT)));
    return orgs;
  }

  /** True when a From body is the IRTF or one of its research groups. */
  @Describe("True when a From body is the IRTF or one of its research groups.")
  public boolean isFromIrtf() {
    return model.getFrom().stream().anyMatch(b -> b != null && b.getKind().isIrtf());
  }

  /** The other side's bodies: To when outgoing, From when incoming. */
  @Describe("The other side's bodies: To when outgoing, From when incoming.")
  public List<Body> getCounterparts() {
    return isOutgoing() ? model.getTo() : model.getFrom();
  }

  // ---- what the record names but does not give (revision 2: unknown is not no) ------------------

  /** From-Contacts the record names without an address: a contact exists, its address is unknown. */
  @Describe("From-Contacts the record names without an address (a copy that hides addresses): a contact exists, its address is unknown.")
  public List<String> getFromContactNames() { return model.getFromContactNames(); }

  /** To-Contacts the record names without an address, as {@link #getFromContactNames()}. */
  @Describe("To-Contacts the record names without an address: a contact exists, its address is unknown.")
  public List<String> getToContactNames() { return model.getToContactNames(); }

  /** The record does not keep the body text: whether there is any is unknown, not "none". */
  @Describe("The record does not keep the body text: whether there is any is unknown, not \"none\".")
  public boolean isBodyUnknown() { return model.isBodyUnknown(); }

  /** Outgoing: what its record shows about approval (YES approved, NO awaiting it, UNKNOWN not shown). */
  @Describe("Outgoing: its record shows it approved (YES), awaiting approval (NO), or does not say (UNKNOWN).")
  public Known getApprovedOnRecord() {
    return model.getRecordedApproval().map(a -> a.getApproved()).orElse(Known.UNKNOWN);
  }
}
