package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Area;
import io.github.liaisonproject.model.Attachment;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.BodyKind;
import io.github.liaisonproject.model.ConsensusLevel;
import io.github.liaisonproject.model.ConsensusProcess;
import io.github.liaisonproject.model.Direction;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.DiscussionOutcome;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.LiaisonRelationship;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Person;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.Role;
import io.github.liaisonproject.model.Stage;
import io.github.liaisonproject.model.WorkingGroup;
import io.github.liaisonproject.rules.Approver;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statement under assessment, as rule files see it: the model's statement with the directory,
 * the as-of date and the related statements at hand, and plain accessors (null instead of
 * Optional) so that conditions read like the procedure: {@code Statement(outgoing, forAction,
 * deadline == null)}.
 *
 * <p>Every accessor is total: it never throws, whatever the statement lacks.
 */
@Describe("The statement under assessment, with the as-of date: its own fields as plain properties (null for what it does not give), and lookups in the directory and the related statements.")
public final class Statement {
  private final LiaisonStatement model;
  private final Directory directory;
  private final LocalDate asOf;
  private final List<LiaisonStatement> related;
  private final int dueSoonDays;

  // Memos: the rules call these helpers from many conditions and consequences of one assessment;
  // a Statement lives for one assessment on one thread, and everything it reads is immutable.
  private List<DocumentReference> documents;
  private List<LiaisonStatement> originals;

  public Statement(LiaisonStatement model, Directory directory, LocalDate asOf, List<LiaisonStatement> related,
      int dueSoonDays) {
    this.model = model;
    this.directory = directory;
    this.asOf = asOf;
    this.related = List.copyOf(related);
    this.dueSoonDays = dueSoonDays;
  }

  // ---- the statement ---------------------------------------------------------------------------

  @Describe("The model's statement (e.g. model.misdirected, model.irtfRelevant, model.solicitsComments).")
  public LiaisonStatement getModel() { return model; }
  @Describe("The directory of IETF roles the assessment uses.")
  public Directory getDirectory() { return directory; }
  /** The day the assessment treats as today. */
  @Describe("The day the assessment treats as today.")
  public LocalDate getAsOf() { return asOf; }
  /** The due-soon window of RESPONSE-DUE-SOON, in days (default 14). */
  @Describe("The due-soon window of RESPONSE-DUE-SOON, in days (default 14).")
  public int getDueSoonDays() { return dueSoonDays; }

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
  /** Every document §4.3 judges: those named and those attached. */
  @Describe("Every document §4.3 judges: those named and those attached.")
  public List<DocumentReference> getDocuments() {
    if (documents == null) {
      documents = computeDocuments();
    }
    return documents;
  }

  private List<DocumentReference> computeDocuments() { return model.getTransmittedDocuments(); }

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
  /** The day it was sent (outgoing) or received (incoming); else the as-of date. */
  @Describe("The day it was sent (outgoing) or received (incoming); else the as-of date.")
  public LocalDate getTransmittedOn() {
    return (isOutgoing() ? model.getSent() : model.getReceived()).orElse(asOf);
  }

  /** The person who records an incoming statement: the assignee when known, else the IAB's contact point. */
  @Describe("The person who records an incoming statement: the assignee when known, else the IAB's contact point.")
  public String getRecorder() {
    return model.getAssignee().orElse(directory.getLiaisonCoordination());
  }


  // ---- revision 2: what is known, and the stage ------------------------------------------------
  // "Unknown is not no": each of these is YES, NO or UNKNOWN (io.github.liaisonproject.model.Known);
  // the rules compare them by name. The effective readings of the model are used: a fact not given
  // reads YES where the older fields show it (groupInformed: true, a declared level, body text, a
  // received-at address, a linked informal reply), else UNKNOWN.

  /** §4.2: the group it represents was informed before transmission. */
  @Describe("§4.2: the group it represents was informed before transmission: YES, NO or UNKNOWN (groupInformed: true reads YES).")
  public io.github.liaisonproject.model.Known getGroupInformedKnown() { return model.getConsensus().getEffectiveGroupInformed(); }
  /** §4.2: the statement spells out the level of consensus it implies (or that it implies none). */
  @Describe("§4.2: it spells out the level of consensus (or none): YES, NO or UNKNOWN (a declared level reads YES).")
  public io.github.liaisonproject.model.Known getLevelStated() { return model.getConsensus().getEffectiveLevelStated(); }
  /** §2.3: the content is given as plain text. */
  @Describe("§2.3: the content is plain text: YES, NO or UNKNOWN (body text reads YES).")
  public io.github.liaisonproject.model.Known getPlainText() { return model.getEffectivePlainTextContent(); }
  /** -05 §2.1: incoming, received through a central address (YES) or directly by the groups it names (NO). */
  @Describe("-05 §2.1: incoming, received through a central address (YES) or directly (NO), or UNKNOWN; a receivedAt reads YES; NO for outgoing.")
  public io.github.liaisonproject.model.Known getReceivedCentrallyKnown() {
    return isIncoming() ? model.getEffectiveReceivedCentrally() : io.github.liaisonproject.model.Known.NO;
  }
  /** -05 §2.1: incoming, its distribution to the To-Contacts is recorded. */
  @Describe("-05 §2.1: incoming, its distribution to the To-Contacts is recorded: YES, NO or UNKNOWN.")
  public io.github.liaisonproject.model.Known getDistributed() { return model.getFollowUp().getDistributed(); }
  /** §5.1: the originating organization has been told what the IETF decided (as recorded; a linked informal reply reads YES). */
  @Describe("§5.1: the originating organization was told what the IETF decided: YES, NO or UNKNOWN (a linked informal reply reads YES).")
  public io.github.liaisonproject.model.Known getOriginatorInformedKnown() { return model.getFollowUp().getEffectiveOriginatorInformed(); }
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

  /** The directory lists the address among its personal addresses (besides the people it names). */
  @Describe("isListedPersonal(a): the directory lists the address among its personal addresses.")
  public boolean isListedPersonal(String address) {
    return address != null && Addresses.contains(directory.getPersonalAddresses(), address);
  }

  /**
   * The address is a role's, not a person's (ROUTE-REPLY-ADDRESS-ROLE): a WG's or RG's list, the
   * IESG's or IAB's address, liaison-coordination or a manager alias, or a role alias by its
   * local part ("chair@", "iab-chair@", "netconf-chairs@", "ops-ads@"). A look-up on the directory
   * and the IETF's alias naming; the directory cannot say more.
   */
  @Describe("isRoleAddress(a): a role's address: a list, the IESG's or IAB's, a central address, or chair@, *-chairs@, *-ads@.")
  public boolean isRoleAddress(String address) {
    if (address == null) {
      return false;
    }
    if (directory.isCentralAddress(address) || Addresses.same(address, getIesgAddress()) || Addresses.same(address, getIabAddress())) {
      return true;
    }
    for (WorkingGroup g : directory.getWorkingGroups()) {
      if (g.getListAddress().map(l -> Addresses.same(l, address)).orElse(false)) {
        return true;
      }
    }
    for (var g : directory.getResearchGroups()) {
      if (g.getListAddress().map(l -> Addresses.same(l, address)).orElse(false)) {
        return true;
      }
    }
    String local = Addresses.key(address);
    int at = local.indexOf('@');
    local = at < 0 ? local : local.substring(0, at);
    return local.equals("chair") || local.endsWith("-chair") || local.endsWith("-chairs") || local.endsWith("-ads")
        || local.endsWith("-ad");
  }

  // ---- derived: bodies -----------------------------------------------------------------------

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

  /** The number of distinct organizations among the From bodies. */
  @Describe("The number of distinct organizations among the From bodies.")
  public int getFromOrganizationCount() {
    return organizations(model.getFrom()).size();
  }

  /** The number of distinct organizations among the To bodies. */
  @Describe("The number of distinct organizations among the To bodies.")
  public int getToOrganizationCount() {
    return organizations(model.getTo()).size();
  }

  private static Set<String> organizations(List<Body> bodies) {
    Set<String> orgs = new LinkedHashSet<>();
    bodies.forEach(b -> orgs.add(b.getOrganization().trim().toLowerCase(Locale.ROOT)));
    return orgs;
  }

  /** The other side's bodies: To when outgoing, From when incoming. */
  @Describe("The other side's bodies: To when outgoing, From when incoming.")
  public List<Body> getCounterparts() {
    return isOutgoing() ? model.getTo() : model.getFrom();
  }

  /** The liaison relationship with the other side (first match in its bodies), or null. */
  @Describe("The liaison relationship with the other side (first match in its bodies), or null.")
  public LiaisonRelationship getRelationship() {
    return directory.relationshipFor(getCounterparts()).orElse(null);
  }

  @Describe("Lookup: the relationship with the other side has a liaison manager or alias.")
  public boolean hasLiaisonManager() {
    LiaisonRelationship r = getRelationship();
    return r != null && (!r.getManagers().isEmpty() || r.getAlias().isPresent());
  }

  /** The addresses of the liaison manager(s) with the other side: alias first; empty when none. */
  @Describe("The addresses of the liaison manager(s) with the other side: alias first; empty when none.")
  public List<String> getManagerAddresses() {
    LiaisonRelationship r = getRelationship();
    return r == null ? List.of() : r.getAddresses();
  }

  @Describe("Lookup: the manager alias of the relationship with the other side, or null.")
  public String getManagerAlias() {
    LiaisonRelationship r = getRelationship();
    return r == null ? null : r.getAlias().orElse(null);
  }

  @Describe("Lookup: the IAB's liaison-coordination address.")
  public String getLiaisonCoordination() {
    return directory.getLiaisonCoordination();
  }

  // ---- derived: the directory ----------------------------------------------------------------

  /** The area acronym of a WG, or null when the directory does not know the WG. */
  @Describe("The area acronym of a WG, or null when the directory does not know the WG.")
  public String areaOf(Body workingGroup) {
    return directory.workingGroup(workingGroup.getKey()).map(WorkingGroup::getArea).orElse(null);
  }

  @Describe("Lookup: areaDirectors(area): the Area Directors of the area as approvers; empty when unknown.")
  public List<Approver> areaDirectors(String area) {
    String acronym = directory.area(area).map(Area::getAcronym).orElse(area);
    return directory.directorsOf(area).stream()
        .map(p -> new Approver(p.getName(), p.getAddress(), Role.AREA_DIRECTOR, acronym)).toList();
  }

  @Describe("Lookup: the IETF Chair as an approver (a list of one; empty when the directory has none).")
  public List<Approver> getIetfChair() {
    return directory.getIetfChair().map(p -> List.of(approver(p, Role.IETF_CHAIR))).orElse(List.of());
  }

  @Describe("Lookup: the IAB Chair as an approver (a list of one; empty when none).")
  public List<Approver> getIabChair() {
    return directory.getIabChair().map(p -> List.of(approver(p, Role.IAB_CHAIR))).orElse(List.of());
  }

  @Describe("Lookup: the IRTF Chair as an approver (a list of one; empty when none).")
  public List<Approver> getIrtfChair() {
    return directory.getIrtfChair().map(p -> List.of(approver(p, Role.IRTF_CHAIR))).orElse(List.of());
  }

  private static Approver approver(Person p, Role role) {
    return new Approver(p.getName(), p.getAddress(), role, "");
  }

  /** The chairs' addresses of a WG or RG; empty when unknown. */
  @Describe("The chairs' addresses of a WG or RG; empty when unknown.")
  public List<String> chairsOf(Body group) {
    if (group.getKind() == BodyKind.WORKING_GROUP) {
      return directory.workingGroup(group.getKey()).map(g -> addresses(g.getChairs())).orElse(List.of());
    }
    if (group.getKind() == BodyKind.RESEARCH_GROUP) {
      return directory.researchGroup(group.getKey()).map(g -> addresses(g.getChairs())).orElse(List.of());
    }
    return List.of();
  }

  /** The mailing list of a WG or RG, or null. */
  @Describe("The mailing list of a WG or RG, or null.")
  public String listOf(Body group) {
    if (group.getKind() == BodyKind.WORKING_GROUP) {
      return directory.workingGroup(group.getKey()).flatMap(WorkingGroup::getListAddress).orElse(null);
    }
    if (group.getKind() == BodyKind.RESEARCH_GROUP) {
      return directory.researchGroup(group.getKey()).flatMap(g -> g.getListAddress()).orElse(null);
    }
    return null;
  }

  /** The chairs of every IETF group the statement is addressed to (incoming) or sent from (outgoing). */
  @Describe("The chairs of every IETF group the statement is addressed to (incoming) or sent from (outgoing).")
  public List<String> getResponsibleChairs() {
    Set<String> all = new LinkedHashSet<>();
    List<Body> groups = isIncoming() ? model.getTo() : model.getFrom();
    for (Body b : groups) {
      all.addAll(chairsOf(b));
    }
    return new ArrayList<>(all);
  }

  @Describe("Lookup: isPersonal(address): the directory lists the address as a person's own.")
  public boolean isPersonal(String address) {
    return directory.isPersonal(address);
  }

  @Describe("Lookup: isCentralAddress(address): liaison-coordination or a manager alias.")
  public boolean isCentralAddress(String address) {
    return directory.isCentralAddress(address);
  }

  @Describe("containsAddress(list, address): the list holds the address, ignoring case.")
  public boolean containsAddress(List<String> addresses, String address) {
    if (address == null) {
      return false;
    }
    for (String a : addresses) {
      if (a.equalsIgnoreCase(address)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> addresses(List<Person> people) {
    return people.stream().map(Person::getAddress).toList();
  }

  // ---- derived: dates ------------------------------------------------------------------------

  /** Days from the as-of date to the deadline (negative when passed), or null without a deadline. */
  @Describe("Days from the as-of date to the deadline (negative when passed), or null without a deadline.")
  public Long getDaysToDeadline() {
    return model.getDeadline().map(d -> ChronoUnit.DAYS.between(asOf, d)).orElse(null);
  }

  @Describe("The deadline is before the as-of date.")
  public boolean isDeadlinePassed() {
    return model.getDeadline().map(d -> d.isBefore(asOf)).orElse(false);
  }

  /** The deadline is today or later, within the due-soon window. */
  @Describe("The deadline is today or later, within the due-soon window.")
  public boolean isDeadlineSoon() {
    Long days = getDaysToDeadline();
    return days != null && days >= 0 && days <= dueSoonDays;
  }

  // ---- derived: related statements -----------------------------------------------------------

  /** The related statements this one responds to (its originals), as far as they are at hand. */
  @Describe("The related statements this one responds to (its originals), as far as they are at hand.")
  public List<LiaisonStatement> getOriginals() {
    if (originals == null) {
      originals = computeOriginals();
    }
    return originals;
  }

  private List<LiaisonStatement> computeOriginals() {
    return related.stream().filter(r -> r.getId().isPresent() && model.getRespondsTo().contains(r.getId().get())).toList();
  }

  /** The related statements that respond to this one. */
  @Describe("The related statements that respond to this one.")
  public List<LiaisonStatement> getResponses() {
    String id = getId();
    if (id == null) {
      return List.of();
    }
    return related.stream().filter(r -> r.getRespondsTo().contains(id)).toList();
  }

  /** A recorded In Response statement names this one (RESPONSE-DUE's first discharge). */
  @Describe("A recorded In Response statement names this one (RESPONSE-DUE's first discharge).")
  public boolean hasRecordedResponse() {
    return getResponses().stream()
        .anyMatch(r -> r.isRecorded() && r.getPurpose().map(p -> p.name().equals("IN_RESPONSE")).orElse(false));
  }

  /** A recorded response, a linked informal reply, or a recorded decision not to respond. */
  @Describe("A recorded response, a linked informal reply, or a recorded decision not to respond.")
  public boolean isResponseSettled() {
    return hasRecordedResponse() || model.getFollowUp().getInformalReply().isPresent()
        || model.getFollowUp().isDecidedNotToRespond();
  }

  /** The Send Reply To of the first original that gave one, or null. */
  @Describe("The Send Reply To of the first original that gave one, or null.")
  public String getOriginalSendReplyTo() {
    return getOriginals().stream().flatMap(o -> o.getSendReplyTo().stream()).findFirst().orElse(null);
  }

  @Override
  public String toString() {
    return "Statement[" + model.getId().orElse("?") + " " + model.getDirection() + "]";
  }

  // ---- recording helpers ----

  /** Outgoing: how it is (or was) transmitted (§3.2), or null when not said. */
  @Describe("Outgoing: how it is (or was) transmitted (§3.2), or null when not said.")
  public io.github.liaisonproject.model.SendingChannel getSentVia() {
    return model.getSentVia().orElse(null);
  }

  /** Outgoing: sent (or to be sent) directly by mail, so recorded after the fact (§3.2). */
  @Describe("Outgoing: sent (or to be sent) directly by mail, so recorded after the fact (§3.2).")
  public boolean isSentByDirectMail() {
    return getSentVia() == io.github.liaisonproject.model.SendingChannel.DIRECT_MAIL;
  }

  /** The relationship with the other side says it requires a form of submission other than mail (§3.2). */
  @Describe("The relationship with the other side says it requires a form of submission other than mail (§3.2).")
  public boolean isReceiverRequiresSubmissionForm() {
    LiaisonRelationship r = getRelationship();
    return r != null && r.isRequiresSubmissionForm();
  }

  /** Who made the public record (a name or an address), or null. */
  @Describe("Who made the public record (a name or an address), or null.")
  public String getRecordedBy() {
    return model.getRecord().flatMap(r -> r.getRecordedBy()).filter(b -> !b.isBlank()).orElse(null);
  }

  /**
   * Who must see that it is publicly recorded (§3.1, §3.2). Outgoing: the sender, i.e. its
   * From-Contacts. Incoming: the liaison manager(s) where a relationship has one, else the IAB's
   * contact point (liaison-coordination); then the assignee, if named; then the receiver: the chairs
   * of the addressed IETF groups, or the To-Contacts when no chair is known.
   */
  @Describe("Who must see that it is publicly recorded (§3.1, §3.2).")
  public List<String> getRecordingResponsible() {
    if (isOutgoing()) {
      return getFromContacts();
    }
    Set<String> all = new LinkedHashSet<>();
    if (hasLiaisonManager()) {
      all.addAll(getManagerAddresses());
    } else if (getLiaisonCoordination() != null) {
      all.add(getLiaisonCoordination());
    }
    model.getAssignee().ifPresent(all::add);
    List<String> chairs = getResponsibleChairs();
    all.addAll(chairs.isEmpty() ? getToContacts() : chairs);
    return new ArrayList<>(all);
  }

  /** The role of {@link #getRecordingResponsible()}, in words. */
  @Describe("The role of #getRecordingResponsible(), in words.")
  public String getRecordingResponsibleRole() {
    if (isOutgoing()) {
      return "the sender (its From-Contacts)";
    }
    return (hasLiaisonManager() ? "the liaison manager" : "the IAB's contact point") + " and the receiving group";
  }

  /** Incoming: the record is marked "action taken" (-05 §3.1). */
  @Describe("Incoming: the record is marked \"action taken\" (-05 §3.1).")
  public boolean isActionTaken() {
    return model.getFollowUp().isActionTaken();
  }

  /** Incoming: other actions taken are recorded in a linked tool or list (-05 §3.1). */
  @Describe("Incoming: other actions taken are recorded in a linked tool or list (-05 §3.1).")
  public boolean hasActionsRecorded() {
    return !model.getFollowUp().getActionsRecorded().isEmpty();
  }

  /** Incoming: an informal reply (a mail in an archive) is linked (§5.1). */
  @Describe("Incoming: an informal reply (a mail in an archive) is linked (§5.1).")
  public boolean hasInformalReply() {
    return model.getFollowUp().getInformalReply().isPresent();
  }

  /** Incoming: a decision not to respond is recorded (§1). */
  @Describe("Incoming: a decision not to respond is recorded (§1).")
  public boolean isDecidedNotToRespond() {
    return model.getFollowUp().isDecidedNotToRespond();
  }

  // ---- response helpers ----

  /**
   * Who owns the response to an incoming request (§5.1): the chairs of the addressed groups; for an
   * addressed area its ADs, for the IETF or IESG the IETF Chair, for the IAB the IAB Chair
   * (inferred: the text names only the chairs of the addressed group); then the liaison manager(s),
   * who support them, where a relationship has one.
   */
  @Describe("Who owns the response to an incoming request (§5.1): the chairs of the addressed groups; for an addressed area its ADs, for the IETF or IESG the IETF Chair, for the IAB the IAB Chair (inferred: the text names only the chairs of the addressed group); then the liaison manager(s), who support them, where a relationship has one.")
  public List<String> getResponseOwners() {
    Set<String> all = new LinkedHashSet<>();
    for (Body b : model.getTo()) {
      switch (b.getKind()) {
        case WORKING_GROUP, RESEARCH_GROUP -> all.addAll(chairsOf(b));
        case AREA -> directory.directorsOf(b.getKey()).forEach(p -> all.add(p.getAddress()));
        case IETF, IESG -> directory.getIetfChair().ifPresent(p -> all.add(p.getAddress()));
        case IAB -> directory.getIabChair().ifPresent(p -> all.add(p.getAddress()));
        case IRTF -> directory.getIrtfChair().ifPresent(p -> all.add(p.getAddress()));
        default -> { }
      }
    }
    all.addAll(getManagerAddresses());
    return new ArrayList<>(all);
  }

  /** How an incoming request's response is settled, in words, or null while it is open (RESPONSE-DUE). */
  @Describe("How an incoming request's response is settled, in words, or null while it is open (RESPONSE-DUE).")
  public String getResponseSettledBy() {
    if (hasRecordedResponse()) {
      return "a recorded reply names it";
    }
    if (hasInformalReply()) {
      return "an informal reply is linked";
    }
    if (isDecidedNotToRespond()) {
      return "a decision not to respond is recorded";
    }
    return null;
  }

  /** The originating organization has been told something: a recorded reply or a linked informal one (§5.1). */
  @Describe("The originating organization has been told something: a recorded reply or a linked informal one (§5.1).")
  public boolean isOriginatorInformed() {
    return hasRecordedResponse() || hasInformalReply();
  }

  /**
   * Who tells the originating organization what the IETF decided (§5.1): the liaison manager(s) where
   * a relationship has one; else (inferred) the response owners together with the IAB's contact point.
   */
  @Describe("Who tells the originating organization what the IETF decided (§5.1): the liaison manager(s) where a relationship has one; else (inferred) the response owners together with the IAB's contact point.")
  public List<String> getOriginatorInformers() {
    if (hasLiaisonManager()) {
      return getManagerAddresses();
    }
    Set<String> all = new LinkedHashSet<>(getResponseOwners());
    if (getLiaisonCoordination() != null) {
      all.add(getLiaisonCoordination());
    }
    return new ArrayList<>(all);
  }

  /** The number of IETF-side To bodies (the groups addressed). */
  @Describe("The number of IETF-side To bodies (the groups addressed).")
  public int getIetfRecipientCount() {
    return getIetfRecipients().size();
  }

  /** Incoming and addressed to several groups: the group that leads the response, or null (§5.1). */
  @Describe("Incoming and addressed to several groups: the group that leads the response, or null (§5.1).")
  public Body getLeadGroup() {
    return model.getLeadGroup().orElse(null);
  }

  /** A reply that declines the request or honours it with modifications (§5.1). */
  @Describe("A reply that declines the request or honours it with modifications (§5.1).")
  public boolean isDeclinesOrModifies() {
    return model.getReply().isDeclinesOrModifies();
  }

  /** A reply that gives its reasons or an alternate course of action (§5.1). */
  @Describe("A reply that gives its reasons or an alternate course of action (§5.1).")
  public boolean isGivesReasons() {
    return model.getReply().isGivesReasons();
  }

  /** The date by which a reply promises the requested action, or null (§5.1). */
  @Describe("The date by which a reply promises the requested action, or null (§5.1).")
  public LocalDate getPromisesActionBy() {
    return model.getReply().getPromisesActionBy().orElse(null);
  }

  /** Days the deadline is past (0 when not passed or none). */
  @Describe("Days the deadline is past (0 when not passed or none).")
  public long getDaysOverdue() {
    Long days = getDaysToDeadline();
    return days == null || days >= 0 ? 0 : -days;
  }

  // ---- purpose helpers ----

  /** The ids of the statements this one answers (In Response, §2.2); empty when it names none. */
  @Describe("The ids of the statements this one answers (In Response, §2.2); empty when it names none.")
  public List<String> getRespondsTo() {
    return model.getRespondsTo();
  }

  /** Outgoing: the deadline falls before the day it is sent (the sent date, else the as-of date). */
  @Describe("Outgoing: the deadline falls before the day it is sent (the sent date, else the as-of date).")
  public boolean isDeadlineBeforeSending() {
    LocalDate d = getDeadline();
    return d != null && d.isBefore(getTransmittedOn());
  }

  // ---- routing helpers ----

  /** Incoming and received through a central address (liaison-coordination or a manager alias, -05 §2.1). */
  @Describe("Incoming and received through a central address (liaison-coordination or a manager alias, -05 §2.1).")
  public boolean isReceivedCentrally() {
    return isIncoming() && getReceivedAt() != null;
  }

  /** The Send Reply To an outgoing statement should carry: the manager alias for its To side, else liaison-coordination. */
  @Describe("The Send Reply To an outgoing statement should carry: the manager alias for its To side, else liaison-coordination.")
  public String getProposedSendReplyTo() {
    return io.github.liaisonproject.model.Replies.proposedSendReplyTo(model.getTo(), directory);
  }

  /** The Send Reply To is the liaison manager's alias for the To side, or the IAB's liaison-coordination address. */
  @Describe("The Send Reply To is the liaison manager's alias for the To side, or the IAB's liaison-coordination address.")
  public boolean isSendReplyToAsExpected() {
    String s = getSendReplyTo();
    return s != null && (s.equalsIgnoreCase(String.valueOf(getManagerAlias()))
        || s.equalsIgnoreCase(getLiaisonCoordination()) || s.equalsIgnoreCase(getProposedSendReplyTo()));
  }

  /** Who sends an outgoing statement: the submitter when known, else the chairs of the sending groups. */
  @Describe("Who sends an outgoing statement: the submitter when known, else the chairs of the sending groups.")
  public List<String> getSenderAddresses() {
    String submitter = getSubmitterAddress();
    return submitter != null ? List.of(submitter) : getResponsibleChairs();
  }

  /** Sent through the recording tool, whose delivery copies the From-Contacts (ROUTE-DELIVERY). */
  @Describe("Sent through the recording tool, whose delivery copies the From-Contacts (ROUTE-DELIVERY).")
  public boolean isSentThroughTool() {
    return isSent() && model.getSentVia().map(v -> v == io.github.liaisonproject.model.SendingChannel.RECORDING_TOOL)
        .orElse(false);
  }

  /** The relationship whose manager alias is the address it was received at, or null. */
  private LiaisonRelationship receivedAtRelationship() {
    String at = getReceivedAt();
    if (at == null) {
      return null;
    }
    return directory.getRelationships().stream()
        .filter(r -> r.getAlias().map(a -> a.equalsIgnoreCase(at)).orElse(false)).findFirst().orElse(null);
  }

  /** Who holds the central address it was received at: "the liaison manager" or "the IAB's liaison contact point". */
  @Describe("Who holds the central address it was received at: \"the liaison manager\" or \"the IAB's liaison contact point\".")
  public String getReceivedAtRole() {
    return receivedAtRelationship() != null ? "the liaison manager" : "the IAB's liaison contact point";
  }

  /** The addresses of whoever holds the central address it was received at (alias and managers, or that address). */
  @Describe("The addresses of whoever holds the central address it was received at (alias and managers, or that address).")
  public List<String> getReceivedAtHolders() {
    LiaisonRelationship r = receivedAtRelationship();
    if (r != null) {
      return r.getAddresses();
    }
    return getReceivedAt() == null ? List.of() : List.of(getReceivedAt());
  }

  /** "IETF WG teas, IETF WG ccamp": the labels of some bodies, for messages; "none" when empty. */
  @Describe("\"IETF WG teas, IETF WG ccamp\": the labels of some bodies, for messages; \"none\" when empty.")
  public String labelsOf(List<Body> bodies) {
    if (bodies == null || bodies.isEmpty()) {
      return "none";
    }
    return String.join(", ", bodies.stream().map(Body::getLabel).toList());
  }

  /** Incoming and misdirected: the groups it should go to (§3.1). */
  @Describe("Incoming and misdirected: the groups it should go to (§3.1).")
  public List<Body> getCorrectGroups() {
    return model.getCorrectGroups();
  }

  /** The addresses of the right groups of a misdirected statement: chairs and list of each WG or RG, ADs of each area. */
  @Describe("The addresses of the right groups of a misdirected statement: chairs and list of each WG or RG, ADs of each area.")
  public List<String> getCorrectGroupAddresses() {
    Set<String> all = new LinkedHashSet<>();
    for (Body b : model.getCorrectGroups()) {
      all.addAll(chairsOf(b));
      String list = listOf(b);
      if (list != null) {
        all.add(list);
      }
      if (b.getKind() == BodyKind.AREA) {
        directory.directorsOf(b.getKey()).forEach(p -> all.add(p.getAddress()));
      }
    }
    return new ArrayList<>(all);
  }

  /** Whom to inform about a misdirected statement: the liaison manager(s) where a relationship exists, else the IAB's contact point. */
  @Describe("Whom to inform about a misdirected statement: the liaison manager(s) where a relationship exists, else the IAB's contact point.")
  public List<String> getMisdirectedInform() {
    return hasLiaisonManager() ? getManagerAddresses() : List.of(getLiaisonCoordination());
  }

  /** The IESG's address, or null when the directory has none. */
  @Describe("The IESG's address, or null when the directory has none.")
  public String getIesgAddress() {
    return directory.getIesgAddress().orElse(null);
  }

  /** The IAB's address, or null when the directory has none. */
  @Describe("The IAB's address, or null when the directory has none.")
  public String getIabAddress() {
    return directory.getIabAddress().orElse(null);
  }

  /** The IRTF Chair's address, or null when the directory has none. */
  @Describe("The IRTF Chair's address, or null when the directory has none.")
  public String getIrtfChairAddress() {
    return directory.getIrtfChair().map(Person::getAddress).orElse(null);
  }

  /** True when a From body is the IRTF or one of its research groups. */
  @Describe("True when a From body is the IRTF or one of its research groups.")
  public boolean isFromIrtf() {
    return model.getFrom().stream().anyMatch(b -> b != null && b.getKind().isIrtf());
  }

  /** The IRTF and research-group From bodies, as "IRTF RG cfrg and IRTF RG x"; "" when none. */
  @Describe("The IRTF and research-group From bodies, as \"IRTF RG cfrg and IRTF RG x\"; \"\" when none.")
  public String getIrtfSenders() {
    return String.join(" and ", model.getFrom().stream().filter(b -> b != null && b.getKind().isIrtf())
        .map(Body::getLabel).distinct().sorted().toList());
  }

  // ---- relationship helpers ----

  /**
   * The liaison relationships with the other side (To bodies when outgoing, From bodies when
   * incoming) that have a liaison manager or alias, one per relationship, in the bodies' order.
   */
  @Describe("The liaison relationships with the other side (To bodies when outgoing, From bodies when incoming) that have a liaison manager or alias, one per relationship, in the bodies' order.")
  public java.util.List<LiaisonRelationship> getCounterpartRelationships() {
    java.util.List<LiaisonRelationship> out = new java.util.ArrayList<>();
    for (Body b : getCounterparts()) {
      if (b == null) {
        continue;
      }
      directory.relationshipFor(b).ifPresent(r -> {
        if (!r.getAddresses().isEmpty() && out.stream().noneMatch(x -> x == r || x.equals(r))) {
          out.add(r);
        }
      });
    }
    return out;
  }

  /** A relationship's name: "ITU-T Study Group 15", "3GPP"; "" for null. */
  @Describe("A relationship's name: \"ITU-T Study Group 15\", \"3GPP\"; \"\" for null.")
  public static String relationshipLabel(LiaisonRelationship r) {
    return r == null ? "" : r.getOrganization() + r.getGroup().map(g -> " " + g).orElse("");
  }

  // ---- consensus helpers ----

  /** The IETF-side From bodies as the procedure names them: "IETF WG netconf, IETF area ops"; "the sending group" with none. */
  @Describe("The IETF-side From bodies as the procedure names them: \"IETF WG netconf, IETF area ops\"; \"the sending group\" with none.")
  public String getSenderLabels() {
    List<String> labels = model.getFrom().stream().filter(Body::isIetfSide).map(Body::getLabel).toList();
    return labels.isEmpty() ? "the sending group" : String.join(", ", labels);
  }

  /** The declared level in words: "WG consensus", "no statement about consensus". */
  @Describe("The declared level in words: \"WG consensus\", \"no statement about consensus\".")
  public String getConsensusDeclaredLabel() {
    switch (getConsensusDeclared()) {
      case EXISTING_IETF_CONSENSUS: return "existing IETF consensus";
      case WORKING_GROUP_CONSENSUS: return "WG consensus";
      case IETF_WIDE_CONSENSUS: return "IETF-wide consensus";
      case IESG_CONSENSUS: return "IESG consensus";
      case COLLECTED_COMMENTS: return "collected comments";
      case NO_CONSENSUS_CLAIMED: return "no consensus";
      default: return "no statement about consensus";
    }
  }

  /** The IETF-side To bodies as the procedure names them ("IETF WG teas"); "the addressed group" with none. */
  @Describe("The IETF-side To bodies as the procedure names them (\"IETF WG teas\"); \"the addressed group\" with none.")
  public String getAddressedGroupLabels() {
    List<String> labels = getIetfRecipients().stream().map(Body::getLabel).toList();
    return labels.isEmpty() ? "the addressed group" : String.join(", ", labels);
  }

  /**
   * Who seeks group input on an incoming request (§4.2.1): the chairs of the WGs and research groups
   * addressed; for an addressed area, its ADs.
   */
  @Describe("Who seeks group input on an incoming request (§4.2.1): the chairs of the WGs and research groups addressed; for an addressed area, its ADs.")
  public List<String> getGroupInputSeekers() {
    Set<String> all = new LinkedHashSet<>(getResponsibleChairs());
    if (isIncoming()) {
      for (Body b : model.getTo()) {
        if (b.getKind() == BodyKind.AREA) {
          all.addAll(addresses(directory.directorsOf(b.getKey())));
        }
      }
    }
    return new ArrayList<>(all);
  }

  /** The mailing lists of the IETF groups addressed (incoming) or sending (outgoing), as far as known. */
  @Describe("The mailing lists of the IETF groups addressed (incoming) or sending (outgoing), as far as known.")
  public List<String> getResponsibleLists() {
    Set<String> all = new LinkedHashSet<>();
    for (Body b : isIncoming() ? model.getTo() : model.getFrom()) {
      String list = listOf(b);
      if (list != null) {
        all.add(list);
      }
    }
    return new ArrayList<>(all);
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
  public io.github.liaisonproject.model.Known getApprovedOnRecord() {
    return model.getRecordedApproval().map(a -> a.getApproved()).orElse(io.github.liaisonproject.model.Known.UNKNOWN);
  }
}
