package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Area;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.LiaisonRelationship;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Person;
import io.github.liaisonproject.model.Role;
import io.github.liaisonproject.model.WorkingGroup;
import io.github.liaisonproject.rules.Approver;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement under assessment, as rule files see it: the model's statement with the directory,
 * the as-of date and the related statements at hand, and plain accessors (null instead of
 * Optional) so that conditions read like the procedure: {@code Statement(outgoing, forAction,
 * deadline == null)}. Its own fields are {@link StatementFields}'; here are the lookups in the
 * directory, the dates, the related statements, and the wording of messages. Who is responsible
 * for what, and what discharges an obligation, is for the rule files to say.
 *
 * <p>Every accessor without arguments is total: it never throws, whatever the statement lacks.
 *
 * <p>Not thread-safe: a Statement is made for one assessment and read on its thread. It keeps, once
 * read, the documents and the originals (lists that are then returned on every call); everything
 * else it reads is immutable, and every list it returns is unmodifiable except where said.
 */
@Describe("The statement under assessment, with the as-of date: its own fields as plain properties (null for what it does not give), and lookups in the directory and the related statements.")
public final class Statement extends StatementFields {
  private final Directory directory;
  private final LocalDate asOf;
  private final List<LiaisonStatement> related;
  private final int dueSoonDays;

  // Memos: the rules call these helpers from many conditions and consequences of one assessment;
  // a Statement lives for one assessment on one thread, and everything it reads is immutable.
  private List<DocumentReference> documents;
  private List<LiaisonStatement> originals;
  // Look-ups the rules read many times per assessment (in conditions and in messages), made once:
  // the directory and the related statements do not change while a statement is assessed.
  private LiaisonRelationship relationship;
  private boolean relationshipLooked;
  private String originalSendReplyTo;
  private boolean originalSendReplyToLooked;
  private List<LiaisonStatement> responses;

  /**
   * The statement for one assessment; the engine makes it.
   *
   * @param model the statement under assessment; not null
   * @param directory the directory of IETF roles; not null
   * @param asOf the day the assessment treats as today; not null
   * @param related the related statements at hand (originals and responses); not null, no null in
   *     it; copied
   * @param dueSoonDays the due-soon window of RESPONSE-DUE-SOON, in days
   * @throws NullPointerException when {@code related} is or holds null
   */
  public Statement(LiaisonStatement model, Directory directory, LocalDate asOf, List<LiaisonStatement> related,
      int dueSoonDays) {
    super(model);
    this.directory = directory;
    this.asOf = asOf;
    this.related = List.copyOf(related);
    this.dueSoonDays = dueSoonDays;
  }

  /** {@return the directory of IETF roles the assessment uses; never null} */
  @Describe("The directory of IETF roles the assessment uses.")
  public Directory getDirectory() { return directory; }
  /** {@return the day the assessment treats as today; never null} */
  @Describe("The day the assessment treats as today.")
  public LocalDate getAsOf() { return asOf; }
  /** {@return the due-soon window of RESPONSE-DUE-SOON, in days (default 14)} */
  @Describe("The due-soon window of RESPONSE-DUE-SOON, in days (default 14).")
  public int getDueSoonDays() { return dueSoonDays; }

  /** {@return every document §4.3 judges: those named, then those attached; unmodifiable, never null, read once and kept} */
  @Describe("Every document §4.3 judges: those named and those attached.")
  public List<DocumentReference> getDocuments() {
    if (documents == null) {
      documents = model.getTransmittedDocuments();
    }
    return documents;
  }

  /** {@return the day it was sent (outgoing) or received (incoming); else the as-of date; never null} */
  @Describe("The day it was sent (outgoing) or received (incoming); else the as-of date.")
  public LocalDate getTransmittedOn() {
    return (isOutgoing() ? model.getSent() : model.getReceived()).orElse(asOf);
  }

  // ---- the directory: relationships ----------------------------------------------------------

  /** {@return lookup: the liaison relationship with the other side (the first of its bodies the directory has one for), or null} */
  @Describe("The liaison relationship with the other side (first match in its bodies), or null.")
  public LiaisonRelationship getRelationship() {
    if (!relationshipLooked) {
      relationship = directory.relationshipFor(getCounterparts()).orElse(null);
      relationshipLooked = true;
    }
    return relationship;
  }

  /** {@return lookup: true when the relationship with the other side has a liaison manager or a manager alias} */
  @Describe("Lookup: the relationship with the other side has a liaison manager or alias.")
  public boolean hasLiaisonManager() {
    LiaisonRelationship r = getRelationship();
    return r != null && r.hasAddresses();
  }

  /** {@return the addresses of the liaison manager(s) with the other side, alias first; never null, empty when none (a new list when there are some)} */
  @Describe("The addresses of the liaison manager(s) with the other side: alias first; empty when none.")
  public List<String> getManagerAddresses() {
    LiaisonRelationship r = getRelationship();
    return r == null ? List.of() : r.getAddresses();
  }

  /** {@return lookup: the manager alias of the relationship with the other side, or null when there is none} */
  @Describe("Lookup: the manager alias of the relationship with the other side, or null.")
  public String getManagerAlias() {
    LiaisonRelationship r = getRelationship();
    return r == null ? null : r.getAlias().orElse(null);
  }

  /** {@return true when the relationship with the other side says it requires a form of submission other than mail (§3.2)} */
  @Describe("The relationship with the other side says it requires a form of submission other than mail (§3.2).")
  public boolean isReceiverRequiresSubmissionForm() {
    LiaisonRelationship r = getRelationship();
    return r != null && r.isRequiresSubmissionForm();
  }

  /** {@return lookup: the relationship whose manager alias is the address it was received at (receivedAt, ignoring case), or null} */
  @Describe("Lookup: the relationship whose manager alias is the address it was received at (receivedAt), or null.")
  public LiaisonRelationship getReceivedAtRelationship() {
    String at = getReceivedAt();
    if (at == null) {
      return null;
    }
    return directory.getRelationships().stream()
        .filter(r -> r.getAlias().map(a -> a.equalsIgnoreCase(at)).orElse(false)).findFirst().orElse(null);
  }

  /**
   * {@return the liaison relationships with the other side (To bodies when outgoing, From bodies when
   * incoming) that have a liaison manager or alias, one per relationship, in the bodies' order; a new
   * list on each call, never null}
   */
  @Describe("The liaison relationships with the other side (To bodies when outgoing, From bodies when incoming) that have a liaison manager or alias, one per relationship, in the bodies' order.")
  public List<LiaisonRelationship> getCounterpartRelationships() {
    List<LiaisonRelationship> out = new ArrayList<>();
    for (Body b : getCounterparts()) {
      if (b == null) {
        continue;
      }
      directory.relationshipFor(b).ifPresent(r -> {
        if (r.hasAddresses() && out.stream().noneMatch(x -> x == r || x.equals(r))) {
          out.add(r);
        }
      });
    }
    return out;
  }

  // ---- the directory: addresses and people ---------------------------------------------------

  /** {@return lookup: the IAB's liaison-coordination address, as the directory gives it} */
  @Describe("Lookup: the IAB's liaison-coordination address.")
  public String getLiaisonCoordination() { return directory.getLiaisonCoordination(); }

  /** {@return the IESG's address, or null when the directory has none} */
  @Describe("The IESG's address, or null when the directory has none.")
  public String getIesgAddress() { return directory.getIesgAddress().orElse(null); }

  /** {@return the IAB's address, or null when the directory has none} */
  @Describe("The IAB's address, or null when the directory has none.")
  public String getIabAddress() { return directory.getIabAddress().orElse(null); }

  /** {@return the IRTF Chair's address, or null when the directory has none} */
  @Describe("The IRTF Chair's address, or null when the directory has none.")
  public String getIrtfChairAddress() { return directory.getIrtfChair().map(Person::getAddress).orElse(null); }

  /**
   * The area of a working group, as the directory knows it.
   *
   * @param workingGroup a WG body; not null
   * @return the area acronym of the WG, or null when the directory does not know the WG
   */
  @Describe("The area acronym of a WG, or null when the directory does not know the WG.")
  public String areaOf(Body workingGroup) {
    return directory.workingGroup(workingGroup.getKey()).map(WorkingGroup::getArea).orElse(null);
  }

  /**
   * Lookup: the Area Directors of an area, as approvers ({@code areaDirectors(area)}).
   *
   * @param area the area's acronym (or a name the directory knows it by)
   * @return the area's directors in the directory's order, each with role AREA_DIRECTOR and the area's
   *     acronym as group; unmodifiable, never null, empty when the area is unknown
   */
  @Describe("Lookup: areaDirectors(area): the Area Directors of the area as approvers; empty when unknown.")
  public List<Approver> areaDirectors(String area) {
    String acronym = directory.area(area).map(Area::getAcronym).orElse(area);
    return directory.directorsOf(area).stream()
        .map(p -> new Approver(p.getName(), p.getAddress(), Role.AREA_DIRECTOR, acronym)).toList();
  }

  /** {@return lookup: the IETF Chair as an approver: an unmodifiable list of one, empty when the directory has none} */
  @Describe("Lookup: the IETF Chair as an approver (a list of one; empty when the directory has none).")
  public List<Approver> getIetfChair() {
    return directory.getIetfChair().map(p -> List.of(approver(p, Role.IETF_CHAIR))).orElse(List.of());
  }

  /** {@return lookup: the IAB Chair as an approver: an unmodifiable list of one, empty when the directory has none} */
  @Describe("Lookup: the IAB Chair as an approver (a list of one; empty when none).")
  public List<Approver> getIabChair() {
    return directory.getIabChair().map(p -> List.of(approver(p, Role.IAB_CHAIR))).orElse(List.of());
  }

  /** {@return lookup: the IRTF Chair as an approver: an unmodifiable list of one, empty when the directory has none} */
  @Describe("Lookup: the IRTF Chair as an approver (a list of one; empty when none).")
  public List<Approver> getIrtfChair() {
    return directory.getIrtfChair().map(p -> List.of(approver(p, Role.IRTF_CHAIR))).orElse(List.of());
  }

  private static Approver approver(Person p, Role role) {
    return new Approver(p.getName(), p.getAddress(), role, "");
  }

  /**
   * Lookup: whether the directory lists an address as a person's own ({@code isPersonal(address)}).
   *
   * @param address the address
   * @return true when the address is a person's own, as {@link Directory#isPersonal} decides
   */
  @Describe("Lookup: isPersonal(address): the directory lists the address as a person's own.")
  public boolean isPersonal(String address) { return directory.isPersonal(address); }

  /**
   * Whether the directory lists the address among its personal addresses (besides the people it names).
   *
   * @param address the address; may be null
   * @return true when listed, comparing trimmed and ignoring case; false for null
   */
  @Describe("isListedPersonal(a): the directory lists the address among its personal addresses.")
  public boolean isListedPersonal(String address) {
    return address != null && Addresses.contains(directory.getPersonalAddresses(), address);
  }

  /**
   * Lookup: whether an address is central: liaison-coordination or a manager alias.
   *
   * @param address the address
   * @return true when it is, as {@link Directory#isCentralAddress} decides
   */
  @Describe("Lookup: isCentralAddress(address): liaison-coordination or a manager alias.")
  public boolean isCentralAddress(String address) { return directory.isCentralAddress(address); }

  /**
   * Lookup: whether an address is the mailing list of a WG or research group the directory knows.
   *
   * @param address the address; may be null
   * @return true when it is such a list, comparing trimmed and ignoring case; false for null
   */
  @Describe("Lookup: isGroupList(address): the mailing list of a WG or research group the directory knows.")
  public boolean isGroupList(String address) {
    if (address == null) {
      return false;
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
    return false;
  }

  /**
   * Whether a list holds an address, ignoring case ({@code containsAddress(list, address)}); unlike
   * {@link Addresses#contains} it does not trim.
   *
   * @param addresses the list; not null, and no null in it
   * @param address the address; may be null
   * @return true when the list holds the address; false for a null address
   */
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

  // ---- dates ---------------------------------------------------------------------------------

  /** {@return the days from the as-of date to the deadline (negative when passed), or null without a deadline} */
  @Describe("Days from the as-of date to the deadline (negative when passed), or null without a deadline.")
  public Long getDaysToDeadline() {
    return model.getDeadline().map(d -> ChronoUnit.DAYS.between(asOf, d)).orElse(null);
  }

  /** {@return true when the deadline is before the as-of date; false without a deadline} */
  @Describe("The deadline is before the as-of date.")
  public boolean isDeadlinePassed() {
    return model.getDeadline().map(d -> d.isBefore(asOf)).orElse(false);
  }

  /** {@return true when the deadline is today or later, within the due-soon window; false without a deadline} */
  @Describe("The deadline is today or later, within the due-soon window.")
  public boolean isDeadlineSoon() {
    Long days = getDaysToDeadline();
    return days != null && days >= 0 && days <= dueSoonDays;
  }

  /** {@return the days the deadline is past; 0 when it is not passed or there is none} */
  @Describe("Days the deadline is past (0 when not passed or none).")
  public long getDaysOverdue() {
    Long days = getDaysToDeadline();
    return days == null || days >= 0 ? 0 : -days;
  }

  /** {@return outgoing: true when the deadline falls before the day it is sent (the sent date, else the as-of date)} */
  @Describe("Outgoing: the deadline falls before the day it is sent (the sent date, else the as-of date).")
  public boolean isDeadlineBeforeSending() {
    LocalDate d = getDeadline();
    return d != null && d.isBefore(getTransmittedOn());
  }

  // ---- related statements --------------------------------------------------------------------

  /** {@return the related statements this one responds to (its originals), as far as they are at hand, in the order given; unmodifiable, never null, computed once and kept} */
  @Describe("The related statements this one responds to (its originals), as far as they are at hand.")
  public List<LiaisonStatement> getOriginals() {
    if (originals == null) {
      originals = related.stream()
          .filter(r -> r.getId().isPresent() && model.getRespondsTo().contains(r.getId().get())).toList();
    }
    return originals;
  }

  /** {@return the related statements that respond to this one, in the order given; unmodifiable, never null, empty when it has no id (ResponseStatement facts hold them one by one)} */
  @Describe("The related statements that respond to this one; ResponseStatement facts hold them one by one.")
  public List<LiaisonStatement> getResponses() {
    String id = getId();
    if (id == null) {
      return List.of();
    }
    if (responses == null) {
      responses = related.stream().filter(r -> r.getRespondsTo().contains(id)).toList();
    }
    return responses;
  }

  /** {@return the Send Reply To of the first original that gave one, or null} */
  @Describe("The Send Reply To of the first original that gave one, or null.")
  public String getOriginalSendReplyTo() {
    if (!originalSendReplyToLooked) {
      originalSendReplyTo = getOriginals().stream().flatMap(o -> o.getSendReplyTo().stream()).findFirst().orElse(null);
      originalSendReplyToLooked = true;
    }
    return originalSendReplyTo;
  }

  // ---- wording -------------------------------------------------------------------------------

  /**
   * The labels of some bodies, for messages: "IETF WG teas, IETF WG ccamp".
   *
   * @param bodies the bodies; may be null, but no null in it
   * @return their labels joined with ", "; "none" when null or empty
   */
  @Describe("\"IETF WG teas, IETF WG ccamp\": the labels of some bodies, for messages; \"none\" when empty.")
  public String labelsOf(List<Body> bodies) {
    if (bodies == null || bodies.isEmpty()) {
      return "none";
    }
    return String.join(", ", bodies.stream().map(Body::getLabel).toList());
  }

  /** {@return the IRTF and research-group From bodies, sorted and each once, as "IRTF RG cfrg and IRTF RG x"; "" when none} */
  @Describe("The IRTF and research-group From bodies, as \"IRTF RG cfrg and IRTF RG x\"; \"\" when none.")
  public String getIrtfSenders() {
    return String.join(" and ", model.getFrom().stream().filter(b -> b != null && b.getKind().isIrtf())
        .map(Body::getLabel).distinct().sorted().toList());
  }

  /**
   * A relationship's name: "ITU-T Study Group 15", "3GPP".
   *
   * @param r the relationship; may be null
   * @return its organization, then its group when it has one; "" for null
   */
  @Describe("A relationship's name: \"ITU-T Study Group 15\", \"3GPP\"; \"\" for null.")
  public static String relationshipLabel(LiaisonRelationship r) {
    return r == null ? "" : r.getOrganization() + r.getGroup().map(g -> " " + g).orElse("");
  }

  /** {@return the IETF-side From bodies as the procedure names them: "IETF WG netconf, IETF area ops"; "the sending group" with none} */
  @Describe("The IETF-side From bodies as the procedure names them: \"IETF WG netconf, IETF area ops\"; \"the sending group\" with none.")
  public String getSenderLabels() {
    List<String> labels = model.getFrom().stream().filter(Body::isIetfSide).map(Body::getLabel).toList();
    return labels.isEmpty() ? "the sending group" : String.join(", ", labels);
  }

  /** {@return the IETF-side To bodies as the procedure names them ("IETF WG teas"); "the addressed group" with none} */
  @Describe("The IETF-side To bodies as the procedure names them (\"IETF WG teas\"); \"the addressed group\" with none.")
  public String getAddressedGroupLabels() {
    List<String> labels = getIetfRecipients().stream().map(Body::getLabel).toList();
    return labels.isEmpty() ? "the addressed group" : String.join(", ", labels);
  }

  /** {@return the declared consensus level in words: "WG consensus", "no statement about consensus"; never null} */
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

  @Override
  public String toString() {
    return "Statement[" + model.getId().orElse("?") + " " + model.getDirection() + "]";
  }
}
