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
 *
 * <p>Immutable: the model's statement is immutable and nothing here is cached, so these accessors
 * may be called from any thread. The lists returned are the model's own, unmodifiable ones (or new
 * unmodifiable lists), never null; the accessors without arguments never throw, whatever the
 * statement lacks. Only this package extends the class ({@link Statement}).
 */
public abstract class StatementFields {
  /** The model's statement; never null, immutable. */
  protected final LiaisonStatement model;

  StatementFields(LiaisonStatement model) {
    this.model = model;
  }

  // ---- the statement ---------------------------------------------------------------------------

  /** {@return the model's statement; never null, and immutable} */
  @Describe("The model's statement (e.g. model.misdirected, model.irtfRelevant, model.solicitsComments).")
  public LiaisonStatement getModel() { return model; }
  /** {@return its id, or null when it has none} */
  @Describe("Its id, or null.")
  public String getId() { return model.getId().orElse(null); }
  /** {@return OUTGOING (the IETF sends it) or INCOMING; never null} */
  @Describe("OUTGOING (the IETF sends it) or INCOMING.")
  public Direction getDirection() { return model.getDirection(); }
  /** {@return true when the IETF sends it} */
  @Describe("The IETF sends it.")
  public boolean isOutgoing() { return model.isOutgoing(); }
  /** {@return true when the IETF receives it} */
  @Describe("The IETF receives it.")
  public boolean isIncoming() { return model.isIncoming(); }
  /** {@return its stage (DRAFT, PENDING_APPROVAL, SENT, RECEIVED, WITHDRAWN, ...); never null} */
  @Describe("DRAFT, PENDING_APPROVAL, SENT, RECEIVED, WITHDRAWN, ...")
  public Stage getStage() { return model.getStage(); }
  /** {@return true when its stage is SENT} */
  @Describe("Its stage is SENT.")
  public boolean isSent() { return model.getStage() == Stage.SENT; }
  /** {@return true when its stage is WITHDRAWN} */
  @Describe("Its stage is WITHDRAWN.")
  public boolean isWithdrawn() { return model.getStage() == Stage.WITHDRAWN; }
  /** {@return true when it is sent or received: it has left or reached the IETF} */
  @Describe("Sent or received: it has left or reached the IETF.")
  public boolean isTransmitted() { return model.getStage().isTransmitted(); }
  /** {@return true when it is publicly recorded} */
  @Describe("It is publicly recorded.")
  public boolean isRecorded() { return model.isRecorded(); }

  /** {@return the From bodies as given, duplicates included; unmodifiable, never null (FromBody facts hold them once each)} */
  @Describe("The From bodies (model Body), as given; FromBody facts hold them once each.")
  public List<Body> getFrom() { return model.getFrom(); }
  /** {@return the To bodies as given, duplicates included; unmodifiable, never null (ToBody facts hold them once each)} */
  @Describe("The To bodies (model Body), as given; ToBody facts hold them once each.")
  public List<Body> getTo() { return model.getTo(); }
  /** {@return the From-Contacts' addresses as given; unmodifiable, never null} */
  @Describe("The From-Contacts, as given; Contact(from) facts hold them one by one.")
  public List<String> getFromContacts() { return model.getFromContacts(); }
  /** {@return the To-Contacts' addresses as given; unmodifiable, never null} */
  @Describe("The To-Contacts, as given; Contact(to) facts hold them one by one.")
  public List<String> getToContacts() { return model.getToContacts(); }
  /** {@return the From-Liaison-Contact ("Send Reply To") address, or null when not given} */
  @Describe("From-Liaison-Contact, \"Send Reply To\".")
  public String getSendReplyTo() { return model.getSendReplyTo().orElse(null); }
  /** {@return the To-Liaison-Contact ("Send To") address, or null when not given} */
  @Describe("To-Liaison-Contact, \"Send To\".")
  public String getSendTo() { return model.getSendTo().orElse(null); }

  /** {@return FOR_ACTION, FOR_COMMENT, FOR_INFORMATION or IN_RESPONSE; null when not given} */
  @Describe("FOR_ACTION, FOR_COMMENT, FOR_INFORMATION or IN_RESPONSE; null when not given.")
  public Purpose getPurpose() { return model.getPurpose().orElse(null); }
  /** {@return true when its purpose is For Action; false when another or none} */
  @Describe("Its purpose is For Action.")
  public boolean isForAction() { return getPurpose() == Purpose.FOR_ACTION; }
  /** {@return true when its purpose is For Information; false when another or none} */
  @Describe("Its purpose is For Information.")
  public boolean isForInformation() { return getPurpose() == Purpose.FOR_INFORMATION; }
  /** {@return true when its purpose is In Response; false when another or none} */
  @Describe("Its purpose is In Response.")
  public boolean isInResponse() { return getPurpose() == Purpose.IN_RESPONSE; }
  /** {@return true when its purpose is the legacy For Comment; false when another or none} */
  @Describe("Its purpose is the legacy For Comment.")
  public boolean isForComment() { return getPurpose() == Purpose.FOR_COMMENT; }
  /** {@return its deadline, or null when it has none} */
  @Describe("Its deadline, or null.")
  public LocalDate getDeadline() { return model.getDeadline().orElse(null); }
  /** {@return true when it has a deadline} */
  @Describe("It has a deadline.")
  public boolean hasDeadline() { return model.getDeadline().isPresent(); }

  /** {@return its subject, or null when it has none} */
  @Describe("Its subject, or null.")
  public String getSubject() { return model.getSubject().orElse(null); }
  /** {@return false when the subject holds a line break (it becomes a mail header); true otherwise, also without a subject} */
  @Describe("False when the subject holds a line break (it becomes a mail header).")
  public boolean isSubjectSingleLine() {
    return io.github.liaisonproject.model.validation.SingleLineValidator.isSingleLine(getSubject());
  }
  /** {@return the subject's length in characters (UTF-16 units); 0 when there is none} */
  @Describe("The subject's length in characters (0 when none).")
  public int getSubjectLength() { return model.getSubject().map(String::length).orElse(0); }
  /** {@return its body text, or null when it has none} */
  @Describe("Its body text, or null.")
  public String getBody() { return model.getBody().orElse(null); }
  /** {@return true when it has body text that is not blank} */
  @Describe("It has body text that is not blank.")
  public boolean hasBodyText() { return model.getBody().filter(b -> !b.isBlank()).isPresent(); }
  /** {@return the model's attachments; unmodifiable, never null (AttachmentFact facts hold them one by one)} */
  @Describe("The model's attachments; AttachmentFact facts hold them one by one.")
  public List<Attachment> getAttachments() { return model.getAttachments(); }

  /** {@return the consensus level it declares; NOT_STATED when it says nothing, never null} */
  @Describe("The consensus level it declares (NOT_STATED when it says nothing).")
  public ConsensusLevel getConsensusDeclared() { return model.getConsensus().getDeclared(); }
  /** {@return the consensus process it needs (NEEDED, or an exempt kind); never null} */
  @Describe("The consensus process it needs (NEEDED, or an exempt kind).")
  public ConsensusProcess getConsensusProcess() { return model.getConsensus().getProcess(); }
  /** {@return true when the record says the sending group was informed before sending} */
  @Describe("The sending group was informed before sending.")
  public boolean isGroupInformed() { return model.getConsensus().isGroupInformed(); }
  /** {@return the outcome of the list discussion, or null when not recorded} */
  @Describe("The outcome of the list discussion, or null.")
  public DiscussionOutcome getListDiscussion() { return model.getConsensus().getListDiscussion().orElse(null); }

  /** {@return incoming: the address it was received from, or null when not recorded} */
  @Describe("Incoming: the address it was received from, or null.")
  public String getReceivedFrom() { return model.getReceivedFrom().orElse(null); }
  /** {@return incoming: the central address it was received at, or null when not recorded} */
  @Describe("Incoming: the central address it was received at, or null.")
  public String getReceivedAt() { return model.getReceivedAt().orElse(null); }
  /** {@return incoming: the person assigned to it, or null when none} */
  @Describe("Incoming: the person assigned to it, or null.")
  public String getAssignee() { return model.getAssignee().orElse(null); }
  /** {@return the submitter's address, or null when no submitter is recorded} */
  @Describe("The submitter's address, or null.")
  public String getSubmitterAddress() { return model.getSubmitter().map(s -> s.getAddress()).orElse(null); }

  // ---- revision 2: what is known, and the stage ------------------------------------------------
  // "Unknown is not no": each of these is YES, NO or UNKNOWN (io.github.liaisonproject.model.Known);
  // the rules compare them by name. The effective readings of the model are used: a fact not given
  // reads YES where the older fields show it (groupInformed: true, a declared level, body text, a
  // received-at address, a linked informal reply), else UNKNOWN.

  /** {@return §4.2: whether the group it represents was informed before transmission: YES, NO or UNKNOWN, never null (groupInformed: true reads YES)} */
  @Describe("§4.2: the group it represents was informed before transmission: YES, NO or UNKNOWN (groupInformed: true reads YES).")
  public Known getGroupInformedKnown() { return model.getConsensus().getEffectiveGroupInformed(); }
  /** {@return §4.2: whether it spells out the level of consensus it implies (or that it implies none): YES, NO or UNKNOWN, never null (a declared level reads YES)} */
  @Describe("§4.2: it spells out the level of consensus (or none): YES, NO or UNKNOWN (a declared level reads YES).")
  public Known getLevelStated() { return model.getConsensus().getEffectiveLevelStated(); }
  /** {@return §2.3: whether the content is given as plain text: YES, NO or UNKNOWN, never null (body text reads YES)} */
  @Describe("§2.3: the content is plain text: YES, NO or UNKNOWN (body text reads YES).")
  public Known getPlainText() { return model.getEffectivePlainTextContent(); }
  /** {@return -05 §2.1: for an incoming statement, YES when received through a central address, NO when directly by the groups it names, UNKNOWN when the record does not say (a receivedAt reads YES); NO for an outgoing one. Never null} */
  @Describe("-05 §2.1: incoming, received through a central address (YES) or directly (NO), or UNKNOWN; a receivedAt reads YES; NO for outgoing.")
  public Known getReceivedCentrallyKnown() {
    return isIncoming() ? model.getEffectiveReceivedCentrally() : Known.NO;
  }
  /** {@return -05 §2.1: whether, for an incoming statement, its distribution to the To-Contacts is recorded: YES, NO or UNKNOWN, never null} */
  @Describe("-05 §2.1: incoming, its distribution to the To-Contacts is recorded: YES, NO or UNKNOWN.")
  public Known getDistributed() { return model.getFollowUp().getDistributed(); }
  /** {@return §5.1: whether the originating organization has been told what the IETF decided, as recorded: YES, NO or UNKNOWN, never null (a linked informal reply reads YES)} */
  @Describe("§5.1: the originating organization was told what the IETF decided: YES, NO or UNKNOWN (a linked informal reply reads YES).")
  public Known getOriginatorInformedKnown() { return model.getFollowUp().getEffectiveOriginatorInformed(); }
  /** {@return true when the record does not show where the statement stands: its stage is then a best reading, not a fact} */
  @Describe("The record does not show where it stands: its stage is a best reading, not a fact.")
  public boolean isStageUnknown() { return model.isStageUnknown(); }
  /**
   * {@return true when it is outgoing and known to be still in preparation (draft or pending
   * approval): the stage where the preparation duties apply} A record whose stage is unknown is not
   * known to be in preparation.
   */
  @Describe("Outgoing and known to be in preparation (draft or pending approval): where preparation duties apply.")
  public boolean isPreparing() {
    return isOutgoing() && !model.isStageUnknown()
        && (model.getStage() == Stage.DRAFT || model.getStage() == Stage.PENDING_APPROVAL);
  }

  // ---- recording and follow-up -----------------------------------------------------------------

  /** {@return outgoing: how it is (or was) transmitted (§3.2), or null when not said} */
  @Describe("Outgoing: how it is (or was) transmitted (§3.2), or null when not said.")
  public SendingChannel getSentVia() { return model.getSentVia().orElse(null); }
  /** {@return true when it is sent (or to be sent) directly by mail, so recorded after the fact (§3.2)} */
  @Describe("Outgoing: sent (or to be sent) directly by mail, so recorded after the fact (§3.2).")
  public boolean isSentByDirectMail() { return getSentVia() == SendingChannel.DIRECT_MAIL; }
  /** {@return true when it is sent and through the recording tool, whose delivery copies the From-Contacts (ROUTE-DELIVERY)} */
  @Describe("Sent through the recording tool, whose delivery copies the From-Contacts (ROUTE-DELIVERY).")
  public boolean isSentThroughTool() { return isSent() && getSentVia() == SendingChannel.RECORDING_TOOL; }
  /** {@return who made the public record (a name or an address), or null when not recorded or blank} */
  @Describe("Who made the public record (a name or an address), or null.")
  public String getRecordedBy() {
    return model.getRecord().flatMap(r -> r.getRecordedBy()).filter(b -> !b.isBlank()).orElse(null);
  }
  /** {@return incoming: true when the record is marked "action taken" (-05 §3.1)} */
  @Describe("Incoming: the record is marked \"action taken\" (-05 §3.1).")
  public boolean isActionTaken() { return model.getFollowUp().isActionTaken(); }
  /** {@return incoming: true when other actions taken are recorded in a linked tool or list (-05 §3.1)} */
  @Describe("Incoming: other actions taken are recorded in a linked tool or list (-05 §3.1).")
  public boolean hasActionsRecorded() { return !model.getFollowUp().getActionsRecorded().isEmpty(); }
  /** {@return incoming: true when an informal reply (a mail in an archive) is linked (§5.1)} */
  @Describe("Incoming: an informal reply (a mail in an archive) is linked (§5.1).")
  public boolean hasInformalReply() { return model.getFollowUp().getInformalReply().isPresent(); }
  /** {@return incoming: true when a decision not to respond is recorded (§1)} */
  @Describe("Incoming: a decision not to respond is recorded (§1).")
  public boolean isDecidedNotToRespond() { return model.getFollowUp().isDecidedNotToRespond(); }
  /** {@return incoming and misdirected: the groups it should go to (§3.1), as given; unmodifiable, never null, empty when none (CorrectGroup facts hold them once each)} */
  @Describe("Incoming and misdirected: the groups it should go to (§3.1); CorrectGroup facts hold them once each.")
  public List<Body> getCorrectGroups() { return model.getCorrectGroups(); }

  // ---- replies -----------------------------------------------------------------------------------

  /** {@return the ids of the statements this one answers (In Response, §2.2); unmodifiable, never null, empty when it names none} */
  @Describe("The ids of the statements this one answers (In Response, §2.2); empty when it names none.")
  public List<String> getRespondsTo() { return model.getRespondsTo(); }
  /** {@return incoming and addressed to several groups: the group that leads the response (§5.1), or null when none is named} */
  @Describe("Incoming and addressed to several groups: the group that leads the response, or null (§5.1).")
  public Body getLeadGroup() { return model.getLeadGroup().orElse(null); }
  /** {@return true for a reply that declines the request or honours it with modifications (§5.1)} */
  @Describe("A reply that declines the request or honours it with modifications (§5.1).")
  public boolean isDeclinesOrModifies() { return model.getReply().isDeclinesOrModifies(); }
  /** {@return true for a reply that gives its reasons or an alternate course of action (§5.1)} */
  @Describe("A reply that gives its reasons or an alternate course of action (§5.1).")
  public boolean isGivesReasons() { return model.getReply().isGivesReasons(); }
  /** {@return the date by which a reply promises the requested action (§5.1), or null when it promises none} */
  @Describe("The date by which a reply promises the requested action, or null (§5.1).")
  public LocalDate getPromisesActionBy() { return model.getReply().getPromisesActionBy().orElse(null); }

  // ---- bodies --------------------------------------------------------------------------------

  /**
   * Whether some From body is of this kind ({@code isFromKind(BodyKind.X)}); allocates nothing.
   *
   * @param kind the kind; null matches no body
   * @return true when some From body is of this kind
   */
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

  /**
   * Whether every From body is of one of these kinds.
   *
   * @param kinds the kinds allowed; not null, and no null among them
   * @return true when every From body is of one of these kinds; false with no From body
   * @throws NullPointerException when {@code kinds} is or holds null
   */
  @Describe("True when every From body is of one of these kinds (false with no From body).")
  public boolean isFromOnly(BodyKind... kinds) {
    Set<BodyKind> allowed = Set.of(kinds);
    return !model.getFrom().isEmpty() && model.getFrom().stream().allMatch(b -> allowed.contains(b.getKind()));
  }

  /**
   * Whether some To body is of this kind ({@code isToKind(BodyKind.X)}).
   *
   * @param kind the kind; null matches no body
   * @return true when some To body is of this kind
   */
  @Describe("isToKind(BodyKind.X): some To body is of this kind.")
  public boolean isToKind(BodyKind kind) {
    return model.getTo().stream().anyMatch(b -> b.getKind() == kind);
  }

  /** {@return the IETF-side To bodies (for incoming statements: the groups addressed), in order; a new unmodifiable list, never null} */
  @Describe("The IETF-side To bodies (for incoming statements: the groups addressed).")
  public List<Body> getIetfRecipients() {
    return model.getTo().stream().filter(Body::isIetfSide).toList();
  }

  /** {@return the number of IETF-side To bodies (the groups addressed)} */
  @Describe("The number of IETF-side To bodies (the groups addressed).")
  public int getIetfRecipientCount() { return getIetfRecipients().size(); }

  /** {@return the number of distinct organizations among the From bodies, compared trimmed and ignoring case} */
  @Describe("The number of distinct organizations among the From bodies.")
  public int getFromOrganizationCount() { return organizations(model.getFrom()).size(); }

  /** {@return the number of distinct organizations among the To bodies, compared trimmed and ignoring case} */
  @Describe("The number of distinct organizations among the To bodies.")
  public int getToOrganizationCount() { return organizations(model.getTo()).size(); }

  private static Set<String> organizations(List<Body> bodies) {
    Set<String> orgs = new LinkedHashSet<>();
    bodies.forEach(b -> orgs.add(b.getOrganization().trim().toLowerCase(Locale.ROOT)));
    return orgs;
  }

  /** {@return true when a From body is the IRTF or one of its research groups} */
  @Describe("True when a From body is the IRTF or one of its research groups.")
  public boolean isFromIrtf() {
    return model.getFrom().stream().anyMatch(b -> b != null && b.getKind().isIrtf());
  }

  /** {@return the other side's bodies: the To bodies when outgoing, the From bodies when incoming; unmodifiable, never null} */
  @Describe("The other side's bodies: To when outgoing, From when incoming.")
  public List<Body> getCounterparts() {
    return isOutgoing() ? model.getTo() : model.getFrom();
  }

  // ---- what the record names but does not give (revision 2: unknown is not no) ------------------

  /** {@return the From-Contacts the record names without an address (a contact exists, its address is unknown); unmodifiable, never null} */
  @Describe("From-Contacts the record names without an address (a copy that hides addresses): a contact exists, its address is unknown.")
  public List<String> getFromContactNames() { return model.getFromContactNames(); }

  /** {@return the To-Contacts the record names without an address, as {@link #getFromContactNames()}; unmodifiable, never null} */
  @Describe("To-Contacts the record names without an address: a contact exists, its address is unknown.")
  public List<String> getToContactNames() { return model.getToContactNames(); }

  /** {@return true when the record does not keep the body text: whether there is any is unknown, not "none"} */
  @Describe("The record does not keep the body text: whether there is any is unknown, not \"none\".")
  public boolean isBodyUnknown() { return model.isBodyUnknown(); }

  /** {@return outgoing: what its record shows about approval: YES approved, NO awaiting it, UNKNOWN when it does not say; never null} */
  @Describe("Outgoing: its record shows it approved (YES), awaiting approval (NO), or does not say (UNKNOWN).")
  public Known getApprovedOnRecord() {
    return model.getRecordedApproval().map(a -> a.getApproved()).orElse(Known.UNKNOWN);
  }
}
