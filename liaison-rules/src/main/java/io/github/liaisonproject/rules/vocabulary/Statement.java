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
public final class Statement {
  private final LiaisonStatement model;
  private final Directory directory;
  private final LocalDate asOf;
  private final List<LiaisonStatement> related;
  private final int dueSoonDays;

  public Statement(LiaisonStatement model, Directory directory, LocalDate asOf, List<LiaisonStatement> related,
      int dueSoonDays) {
    this.model = model;
    this.directory = directory;
    this.asOf = asOf;
    this.related = List.copyOf(related);
    this.dueSoonDays = dueSoonDays;
  }

  // ---- the statement ---------------------------------------------------------------------------

  public LiaisonStatement getModel() { return model; }
  public Directory getDirectory() { return directory; }
  /** The day the assessment treats as today. */
  public LocalDate getAsOf() { return asOf; }
  /** The due-soon window of RESPONSE-DUE-SOON, in days (default 14). */
  public int getDueSoonDays() { return dueSoonDays; }

  public String getId() { return model.getId().orElse(null); }
  public Direction getDirection() { return model.getDirection(); }
  public boolean isOutgoing() { return model.isOutgoing(); }
  public boolean isIncoming() { return model.isIncoming(); }
  public Stage getStage() { return model.getStage(); }
  public boolean isSent() { return model.getStage() == Stage.SENT; }
  public boolean isWithdrawn() { return model.getStage() == Stage.WITHDRAWN; }
  /** Sent or received: it has left or reached the IETF. */
  public boolean isTransmitted() { return model.getStage().isTransmitted(); }
  public boolean isRecorded() { return model.isRecorded(); }

  public List<Body> getFrom() { return model.getFrom(); }
  public List<Body> getTo() { return model.getTo(); }
  public List<String> getFromContacts() { return model.getFromContacts(); }
  public List<String> getToContacts() { return model.getToContacts(); }
  /** From-Liaison-Contact, "Send Reply To". */
  public String getSendReplyTo() { return model.getSendReplyTo().orElse(null); }
  /** To-Liaison-Contact, "Send To". */
  public String getSendTo() { return model.getSendTo().orElse(null); }

  public Purpose getPurpose() { return model.getPurpose().orElse(null); }
  public boolean isForAction() { return getPurpose() == Purpose.FOR_ACTION; }
  public boolean isForInformation() { return getPurpose() == Purpose.FOR_INFORMATION; }
  public boolean isInResponse() { return getPurpose() == Purpose.IN_RESPONSE; }
  public boolean isForComment() { return getPurpose() == Purpose.FOR_COMMENT; }
  public LocalDate getDeadline() { return model.getDeadline().orElse(null); }
  public boolean hasDeadline() { return model.getDeadline().isPresent(); }

  public String getSubject() { return model.getSubject().orElse(null); }
  /** False when the subject holds a line break (it becomes a mail header). */
  public boolean isSubjectSingleLine() {
    return io.github.liaisonproject.model.validation.SingleLineValidator.isSingleLine(getSubject());
  }
  public int getSubjectLength() { return model.getSubject().map(String::length).orElse(0); }
  public String getBody() { return model.getBody().orElse(null); }
  public boolean hasBodyText() { return model.getBody().filter(b -> !b.isBlank()).isPresent(); }
  public List<Attachment> getAttachments() { return model.getAttachments(); }
  /** Every document §4.3 judges: those named and those attached. */
  public List<DocumentReference> getDocuments() { return model.getTransmittedDocuments(); }

  public ConsensusLevel getConsensusDeclared() { return model.getConsensus().getDeclared(); }
  public ConsensusProcess getConsensusProcess() { return model.getConsensus().getProcess(); }
  public boolean isGroupInformed() { return model.getConsensus().isGroupInformed(); }
  public DiscussionOutcome getListDiscussion() { return model.getConsensus().getListDiscussion().orElse(null); }

  public String getReceivedFrom() { return model.getReceivedFrom().orElse(null); }
  public String getReceivedAt() { return model.getReceivedAt().orElse(null); }
  public String getAssignee() { return model.getAssignee().orElse(null); }
  public String getSubmitterAddress() { return model.getSubmitter().map(s -> s.getAddress()).orElse(null); }
  /** The day it was sent (outgoing) or received (incoming); else the as-of date. */
  public LocalDate getTransmittedOn() {
    return (isOutgoing() ? model.getSent() : model.getReceived()).orElse(asOf);
  }

  /**
   * True when an attachment in a format that is not generally readable has a readable companion:
   * another attached file of the same document (same file name before the extension, or same title)
   * in PDF, HTML or plain text (§2.3).
   */
  public boolean hasReadableCompanion(Attachment a) {
    for (Attachment other : model.getAttachments()) {
      if (other == a || !other.isFile() || !other.isGenerallyReadable()) {
        continue;
      }
      boolean sameName = !a.getBaseName().isEmpty() && a.getBaseName().equals(other.getBaseName());
      boolean sameTitle = a.getTitle().isPresent() && a.getTitle().equals(other.getTitle());
      if (sameName || sameTitle) {
        return true;
      }
    }
    return false;
  }

  /** The attached files neither generally readable nor accompanied by a readable version. */
  public List<Attachment> getUnreadableAttachments() {
    return model.getAttachments().stream().filter(a -> a.isFile() && !a.isGenerallyReadable() && !hasReadableCompanion(a))
        .toList();
  }

  /** The person who records an incoming statement: the assignee when known, else the IAB's contact point. */
  public String getRecorder() {
    return model.getAssignee().orElse(directory.getLiaisonCoordination());
  }

  // ---- derived: bodies -----------------------------------------------------------------------

  public boolean isFromKind(BodyKind kind) {
    return model.getFrom().stream().anyMatch(b -> b.getKind() == kind);
  }

  /** True when every From body is of one of these kinds (false with no From body). */
  public boolean isFromOnly(BodyKind... kinds) {
    Set<BodyKind> allowed = Set.of(kinds);
    return !model.getFrom().isEmpty() && model.getFrom().stream().allMatch(b -> allowed.contains(b.getKind()));
  }

  public boolean isToKind(BodyKind kind) {
    return model.getTo().stream().anyMatch(b -> b.getKind() == kind);
  }

  /** The IETF-side To bodies (for incoming statements: the groups addressed). */
  public List<Body> getIetfRecipients() {
    return model.getTo().stream().filter(Body::isIetfSide).toList();
  }

  /** The number of distinct organizations among the From bodies. */
  public int getFromOrganizationCount() {
    return organizations(model.getFrom()).size();
  }

  /** The number of distinct organizations among the To bodies. */
  public int getToOrganizationCount() {
    return organizations(model.getTo()).size();
  }

  private static Set<String> organizations(List<Body> bodies) {
    Set<String> orgs = new LinkedHashSet<>();
    bodies.forEach(b -> orgs.add(b.getOrganization().trim().toLowerCase(Locale.ROOT)));
    return orgs;
  }

  /** The other side's bodies: To when outgoing, From when incoming. */
  public List<Body> getCounterparts() {
    return isOutgoing() ? model.getTo() : model.getFrom();
  }

  /** The liaison relationship with the other side (first match in its bodies), or null. */
  public LiaisonRelationship getRelationship() {
    return directory.relationshipFor(getCounterparts()).orElse(null);
  }

  public boolean hasLiaisonManager() {
    LiaisonRelationship r = getRelationship();
    return r != null && (!r.getManagers().isEmpty() || r.getAlias().isPresent());
  }

  /** The addresses of the liaison manager(s) with the other side: alias first; empty when none. */
  public List<String> getManagerAddresses() {
    LiaisonRelationship r = getRelationship();
    return r == null ? List.of() : r.getAddresses();
  }

  public String getManagerAlias() {
    LiaisonRelationship r = getRelationship();
    return r == null ? null : r.getAlias().orElse(null);
  }

  public String getLiaisonCoordination() {
    return directory.getLiaisonCoordination();
  }

  // ---- derived: the directory ----------------------------------------------------------------

  /** The area acronym of a WG, or null when the directory does not know the WG. */
  public String areaOf(Body workingGroup) {
    return directory.workingGroup(workingGroup.getKey()).map(WorkingGroup::getArea).orElse(null);
  }

  /** True when the directory knows the area (by acronym). */
  public boolean knowsArea(String area) {
    return area != null && directory.area(area).isPresent();
  }

  /** The areas the From bodies involve: each area sending, and each sending WG's area (known ones). */
  public List<String> getAreasInvolved() {
    Set<String> areas = new LinkedHashSet<>();
    for (Body b : model.getFrom()) {
      if (b.getKind() == BodyKind.AREA) {
        areas.add(b.getKey());
      } else if (b.getKind() == BodyKind.WORKING_GROUP) {
        String a = areaOf(b);
        if (a != null) {
          areas.add(a.toLowerCase(Locale.ROOT));
        }
      }
    }
    return new ArrayList<>(areas);
  }

  /** The sending WGs of an area. */
  public List<Body> workingGroupsOfArea(String area) {
    return model.getFrom().stream()
        .filter(b -> b.getKind() == BodyKind.WORKING_GROUP && area.equalsIgnoreCase(String.valueOf(areaOf(b))))
        .toList();
  }

  public List<Approver> areaDirectors(String area) {
    String acronym = directory.area(area).map(Area::getAcronym).orElse(area);
    return directory.directorsOf(area).stream()
        .map(p -> new Approver(p.getName(), p.getAddress(), Role.AREA_DIRECTOR, acronym)).toList();
  }

  public List<Approver> getIetfChair() {
    return directory.getIetfChair().map(p -> List.of(approver(p, Role.IETF_CHAIR))).orElse(List.of());
  }

  public List<Approver> getIabChair() {
    return directory.getIabChair().map(p -> List.of(approver(p, Role.IAB_CHAIR))).orElse(List.of());
  }

  public List<Approver> getIrtfChair() {
    return directory.getIrtfChair().map(p -> List.of(approver(p, Role.IRTF_CHAIR))).orElse(List.of());
  }

  private static Approver approver(Person p, Role role) {
    return new Approver(p.getName(), p.getAddress(), role, "");
  }

  /** The chairs' addresses of a WG or RG; empty when unknown. */
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
  public List<String> getResponsibleChairs() {
    Set<String> all = new LinkedHashSet<>();
    List<Body> groups = isIncoming() ? model.getTo() : model.getFrom();
    for (Body b : groups) {
      all.addAll(chairsOf(b));
    }
    return new ArrayList<>(all);
  }

  public boolean isPersonal(String address) {
    return directory.isPersonal(address);
  }

  public boolean isCentralAddress(String address) {
    return directory.isCentralAddress(address);
  }

  public boolean containsAddress(List<String> addresses, String address) {
    return address != null && addresses.stream().anyMatch(a -> a.equalsIgnoreCase(address));
  }

  private static List<String> addresses(List<Person> people) {
    return people.stream().map(Person::getAddress).toList();
  }

  // ---- derived: dates ------------------------------------------------------------------------

  /** Days from the as-of date to the deadline (negative when passed), or null without a deadline. */
  public Long getDaysToDeadline() {
    return model.getDeadline().map(d -> ChronoUnit.DAYS.between(asOf, d)).orElse(null);
  }

  public boolean isDeadlinePassed() {
    return model.getDeadline().map(d -> d.isBefore(asOf)).orElse(false);
  }

  /** The deadline is today or later, within the due-soon window. */
  public boolean isDeadlineSoon() {
    Long days = getDaysToDeadline();
    return days != null && days >= 0 && days <= dueSoonDays;
  }

  // ---- derived: related statements -----------------------------------------------------------

  /** The related statements this one responds to (its originals), as far as they are at hand. */
  public List<LiaisonStatement> getOriginals() {
    return related.stream().filter(r -> r.getId().isPresent() && model.getRespondsTo().contains(r.getId().get())).toList();
  }

  /** The related statements that respond to this one. */
  public List<LiaisonStatement> getResponses() {
    String id = getId();
    if (id == null) {
      return List.of();
    }
    return related.stream().filter(r -> r.getRespondsTo().contains(id)).toList();
  }

  /** A recorded In Response statement names this one (RESPONSE-DUE's first discharge). */
  public boolean hasRecordedResponse() {
    return getResponses().stream()
        .anyMatch(r -> r.isRecorded() && r.getPurpose().map(p -> p.name().equals("IN_RESPONSE")).orElse(false));
  }

  /** A recorded response, a linked informal reply, or a recorded decision not to respond. */
  public boolean isResponseSettled() {
    return hasRecordedResponse() || model.getFollowUp().getInformalReply().isPresent()
        || model.getFollowUp().isDecidedNotToRespond();
  }

  /** The Send Reply To of the first original that gave one, or null. */
  public String getOriginalSendReplyTo() {
    return getOriginals().stream().flatMap(o -> o.getSendReplyTo().stream()).findFirst().orElse(null);
  }

  @Override
  public String toString() {
    return "Statement[" + model.getId().orElse("?") + " " + model.getDirection() + "]";
  }

  // ---- consensus helpers ----

  /** True when a From body is an area, the IETF or the IESG: an area- or IETF-level statement (-05 §4.2). */
  public boolean isAreaOrIetfLevelSender() {
    return isFromKind(BodyKind.AREA) || isFromKind(BodyKind.IETF) || isFromKind(BodyKind.IESG);
  }

  /** The IETF-side From bodies as the procedure names them: "IETF WG netconf, IETF area ops"; "the sending group" with none. */
  public String getSenderLabels() {
    List<String> labels = model.getFrom().stream().filter(Body::isIetfSide).map(Body::getLabel).toList();
    return labels.isEmpty() ? "the sending group" : String.join(", ", labels);
  }

  /** The declared level in words: "WG consensus", "no statement about consensus". */
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
  public String getAddressedGroupLabels() {
    List<String> labels = getIetfRecipients().stream().map(Body::getLabel).toList();
    return labels.isEmpty() ? "the addressed group" : String.join(", ", labels);
  }

  /**
   * Who judges the level of consensus an outgoing statement needs (§4, §4.2): for a WG its chairs
   * and its area's ADs; for an area its ADs; for the IETF or IESG the IETF Chair; for the IAB the
   * IAB Chair; for the IRTF or a research group the IRTF Chair or the group's chairs.
   */
  public List<String> getConsensusDeciders() {
    Set<String> all = new LinkedHashSet<>();
    for (Body b : model.getFrom()) {
      switch (b.getKind()) {
        case WORKING_GROUP -> {
          all.addAll(chairsOf(b));
          String area = areaOf(b);
          if (area != null) {
            all.addAll(addresses(directory.directorsOf(area)));
          }
        }
        case RESEARCH_GROUP -> all.addAll(chairsOf(b));
        case AREA -> all.addAll(addresses(directory.directorsOf(b.getKey())));
        case IETF, IESG -> directory.getIetfChair().ifPresent(p -> all.add(p.getAddress()));
        case IAB -> directory.getIabChair().ifPresent(p -> all.add(p.getAddress()));
        case IRTF -> directory.getIrtfChair().ifPresent(p -> all.add(p.getAddress()));
        default -> { }
      }
    }
    return new ArrayList<>(all);
  }

  /**
   * Who seeks group input on an incoming request (§4.2.1): the chairs of the WGs and research groups
   * addressed; for an addressed area, its ADs.
   */
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

  /** Some transmitted document is an IETF document: an RFC, an Internet-Draft, or an IETF-stream document. */
  public boolean isReferencingIetfDocuments() {
    return getDocuments().stream().anyMatch(d -> d.getKind() != io.github.liaisonproject.model.DocumentKind.OTHER
        || d.getEffectiveStream().orElse(null) == io.github.liaisonproject.model.Stream.IETF);
  }

  /** Some transmitted document is a WG Internet-Draft intended for the standards track (§4.2). */
  public boolean isTransmittingStandardsTrackWorkingGroupDraft() {
    return getDocuments().stream().anyMatch(d -> d.isWorkingGroupDraft()
        && d.getStatus().map(io.github.liaisonproject.model.DocumentStatus::isStandardsTrack).orElse(false));
  }

  // ---- transmission helpers ----

  /**
   * §4.3 first paragraph: a standards-track RFC or BCP, a WG Internet-Draft intended for the
   * standards track, or an Informational document that represents a WG position (a WG draft counts
   * as one, inferred); IETF stream (or none given). Never true for a document
   * {@link #isConsensusContextNeeded} holds back.
   */
  public boolean isReadilyTransmittable(DocumentReference d) {
    if (d == null || isConsensusContextNeeded(d)) {
      return false;
    }
    io.github.liaisonproject.model.Stream stream = d.getEffectiveStream().orElse(null);
    if (stream != null && stream != io.github.liaisonproject.model.Stream.IETF) {
      return false;
    }
    io.github.liaisonproject.model.DocumentStatus status = d.getStatus().orElse(null);
    if (status == null) {
      return false;
    }
    if (status.isStandardsTrack()) {
      return d.getKind() == io.github.liaisonproject.model.DocumentKind.RFC || d.isWorkingGroupDraft();
    }
    return status == io.github.liaisonproject.model.DocumentStatus.INFORMATIONAL
        && (d.isWorkingGroupPosition() || d.isWorkingGroupDraft());
  }

  /**
   * §4.3 second paragraph and §1: an individual Internet-Draft, an Experimental or Historic document,
   * an Informational document that is neither a WG document nor a WG position, or an IRTF,
   * Independent or Editorial stream document.
   */
  public boolean isConsensusContextNeeded(DocumentReference d) {
    return contextReason(d) != null;
  }

  /** Why §4.3 (or §1) holds a document back: "an individual Internet-Draft"; null when it does not. */
  public String contextReason(DocumentReference d) {
    if (d == null) {
      return null;
    }
    io.github.liaisonproject.model.Stream stream = d.getEffectiveStream().orElse(null);
    if (stream == io.github.liaisonproject.model.Stream.IRTF || stream == io.github.liaisonproject.model.Stream.INDEPENDENT
        || stream == io.github.liaisonproject.model.Stream.EDITORIAL) {
      return "a document of the " + streamLabel(stream) + " stream, which does not represent IETF consensus";
    }
    if (d.getKind() == io.github.liaisonproject.model.DocumentKind.INTERNET_DRAFT
        && d.getDraftKind().orElse(null) == io.github.liaisonproject.model.DraftKind.INDIVIDUAL) {
      return "an individually submitted Internet-Draft";
    }
    io.github.liaisonproject.model.DocumentStatus status = d.getStatus().orElse(null);
    if (status == io.github.liaisonproject.model.DocumentStatus.EXPERIMENTAL
        || status == io.github.liaisonproject.model.DocumentStatus.HISTORIC) {
      return (status == io.github.liaisonproject.model.DocumentStatus.EXPERIMENTAL ? "an " : "a ")
          + statusLabel(status) + (d.getKind() == io.github.liaisonproject.model.DocumentKind.RFC ? " RFC"
          : d.getKind() == io.github.liaisonproject.model.DocumentKind.INTERNET_DRAFT ? " Internet-Draft (intended status)"
          : " document");
    }
    if (status == io.github.liaisonproject.model.DocumentStatus.INFORMATIONAL && !d.isWorkingGroupPosition()
        && !d.isWorkingGroupDraft()) {
      return "an Informational document that does not represent a WG position";
    }
    return null;
  }

  /** True when the document's stream is IRTF, Independent or Editorial (§1). */
  public boolean isOutsideIetfStream(DocumentReference d) {
    io.github.liaisonproject.model.Stream stream = d == null ? null : d.getEffectiveStream().orElse(null);
    return stream == io.github.liaisonproject.model.Stream.IRTF || stream == io.github.liaisonproject.model.Stream.INDEPENDENT
        || stream == io.github.liaisonproject.model.Stream.EDITORIAL;
  }

  /** "RFC 8407 (Best Current Practice)", "draft-ietf-teas-foo (WG Internet-Draft, intended Proposed Standard)". */
  public String describeDocument(DocumentReference d) {
    if (d == null) {
      return "?";
    }
    List<String> parts = new ArrayList<>();
    if (d.getKind() == io.github.liaisonproject.model.DocumentKind.INTERNET_DRAFT) {
      parts.add(d.getDraftKind().map(k -> k == io.github.liaisonproject.model.DraftKind.INDIVIDUAL
          ? "individual Internet-Draft" : "WG Internet-Draft").orElse("Internet-Draft"));
    }
    d.getStatus().ifPresent(st -> parts.add(
        (d.getKind() == io.github.liaisonproject.model.DocumentKind.INTERNET_DRAFT ? "intended " : "") + statusLabel(st)));
    d.getStream().filter(st -> st != io.github.liaisonproject.model.Stream.IETF)
        .ifPresent(st -> parts.add(streamLabel(st) + " stream"));
    return parts.isEmpty() ? d.getName() : d.getName() + " (" + String.join(", ", parts) + ")";
  }

  private static String statusLabel(io.github.liaisonproject.model.DocumentStatus status) {
    switch (status) {
      case INTERNET_STANDARD: return "Internet Standard";
      case DRAFT_STANDARD: return "Draft Standard";
      case PROPOSED_STANDARD: return "Proposed Standard";
      case BEST_CURRENT_PRACTICE: return "Best Current Practice";
      case INFORMATIONAL: return "Informational";
      case EXPERIMENTAL: return "Experimental";
      default: return "Historic";
    }
  }

  private static String streamLabel(io.github.liaisonproject.model.Stream stream) {
    switch (stream) {
      case INDEPENDENT: return "Independent";
      case EDITORIAL: return "Editorial";
      default: return stream.name();
    }
  }
}
