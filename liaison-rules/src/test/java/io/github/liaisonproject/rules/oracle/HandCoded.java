package io.github.liaisonproject.rules.oracle;

import io.github.liaisonproject.model.Approval;
import io.github.liaisonproject.model.Area;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.BodyKind;
import io.github.liaisonproject.model.ConsensusLevel;
import io.github.liaisonproject.model.ConsensusProcess;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.DiscussionOutcome;
import io.github.liaisonproject.model.DocumentKind;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.DocumentStatus;
import io.github.liaisonproject.model.DraftKind;
import io.github.liaisonproject.model.LiaisonRelationship;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Person;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.ResearchGroup;
import io.github.liaisonproject.model.Role;
import io.github.liaisonproject.model.Known;
import io.github.liaisonproject.model.Stage;
import io.github.liaisonproject.model.Stream;
import io.github.liaisonproject.model.WorkingGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent, plain-Java reading of the approval, routing, transmission and consensus rules
 * (and the relationship rules' one finding): the same decisions as approval.drl, routing.drl,
 * transmission.drl, consensus.drl and relationship.drl, written again
 * from the procedure (draft-iab-rfc4053bis, sections cited per method) and the rule files' comments,
 * using only the model ({@code io.github.liaisonproject.model}) and the directory's look-ups.
 *
 * <p>It shares no code with the rule set: nothing from the rule vocabulary or the engine (a test,
 * {@code OracleIndependenceTest}, scans this package's sources for it). On generated statements the
 * two must give the same {@link Answer}; a difference means one of them reads the procedure wrongly.
 *
 * <p>One method per decision. The methods are protected and not final so that the mutation test
 * ({@code DifferentialTest.aDeliberatelyWrongOracleIsCaught}) can alter one decision and show that
 * the comparison notices.
 */
public class HandCoded {
  /** The oracle as the rule set should behave. */
  public static final HandCoded STANDARD = new HandCoded();

  protected HandCoded() {}

  /** Findings (rule IDs), approval requirements, delivery and document verdicts for one statement. */
  public static Answer assess(LiaisonStatement s, Directory directory, LocalDate asOf, List<LiaisonStatement> related) {
    return STANDARD.answer(s, directory, asOf, related);
  }

  /** Everything the differential test compares, by this oracle. */
  public Answer answer(LiaisonStatement s, Directory directory, LocalDate asOf, List<LiaisonStatement> related) {
    Case c = new Case(s, directory, related);
    TreeSet<String> findings = new TreeSet<>();

    List<Requirement> requirements = approvalRequirements(c);
    findings.addAll(approvalFindings(c, requirements));
    findings.addAll(irtfFindings(c));

    List<String> to = deliveryTo(c);
    List<String> cc = to.isEmpty() || !c.outgoing() ? List.of() : deliveryCc(c, to);
    List<String> replyTo = to.isEmpty() || !c.outgoing() || c.sendReplyTo() == null ? List.of() : List.of(c.sendReplyTo());
    List<String> forwarded = misdirectedForward(c);
    List<String> allTo = new ArrayList<>(to);
    allTo.addAll(forwarded);
    findings.addAll(routingFindings(c));
    findings.addAll(relationshipFindings(c));

    List<String> documents = new ArrayList<>();
    for (DocumentReference d : distinctDocuments(s)) {
      Verdict v = c.outgoing() ? verdict(d) : new Verdict(Verdict.UNKNOWN, Set.of());
      findings.addAll(v.findings());
      documents.add(Answer.document(d.getName(), v.eligibility(), v.findings()));
    }

    if (c.outgoing()) {
      findings.addAll(consensusFindings(c));
    }
    if (namesUnlistedDocument(c)) {
      findings.add("TRANSMIT-NAMED-IN-TEXT");
    }

    List<String> approvals = new ArrayList<>();
    for (Requirement r : requirements) {
      approvals.add(Answer.requirement(r.ruleId(), r.approverLabels(), r.approvedBy(), r.bySubmitting(), r.onRecord()));
    }
    return Answer.of(findings, approvals, allTo, cc, replyTo, documents);
  }

  // ---- the statement at hand -------------------------------------------------------------------

  /** The statement with its directory and related statements, and the few facts every decision reads. */
  protected record Case(LiaisonStatement s, Directory dir, List<LiaisonStatement> related) {
    boolean outgoing() { return s.isOutgoing(); }
    boolean incoming() { return s.isIncoming(); }
    boolean withdrawn() { return s.getStage() == Stage.WITHDRAWN; }
    /** Revision 2's "before sending": outgoing, a draft or pending approval, and the stage is known. */
    boolean beforeSending() {
      return s.isOutgoing() && !s.isStageUnknown() && (s.getStage() == Stage.DRAFT || s.getStage() == Stage.PENDING_APPROVAL);
    }
    boolean recorded() { return s.getRecord().isPresent(); }
    boolean inResponse() { return s.getPurpose().orElse(null) == Purpose.IN_RESPONSE; }
    String sendTo() { return s.getSendTo().orElse(null); }
    String sendReplyTo() { return s.getSendReplyTo().orElse(null); }
    ConsensusLevel declared() { return s.getConsensus().getDeclared(); }
    ConsensusProcess process() { return s.getConsensus().getProcess(); }

    boolean from(BodyKind kind) {
      return s.getFrom().stream().anyMatch(b -> b.getKind() == kind);
    }

    boolean fromIrtf() {
      return from(BodyKind.IRTF) || from(BodyKind.RESEARCH_GROUP);
    }

    /**
     * §2.1: "this 'Send to' address is the 'Send Reply To' address provided by the other
     * organisation in the original statement". The originals are the related statements whose id
     * this one responds to; the first (in the order given) that has a Send Reply To gives it.
     */
    String originalSendReplyTo() {
      for (LiaisonStatement r : related) {
        if (r.getId().isPresent() && s.getRespondsTo().contains(r.getId().get()) && r.getSendReplyTo().isPresent()) {
          return r.getSendReplyTo().get();
        }
      }
      return null;
    }
  }

  // ---- approval (§4.1, §4, §1) ----------------------------------------------------------------

  /** Who can approve: an address with the role the directory gives it (and the area, for an AD). */
  protected record Approver(String address, Role role, String group) {
    String label() {
      return address + " " + role + (group.isEmpty() ? "" : " " + group);
    }
  }

  /** One approval the statement needs: which rule asks for it, who can give it, who did. */
  protected static final class Requirement {
    final String ruleId;
    final List<Approver> approvers;
    Approver approvedBy;
    boolean bySubmitting;
    boolean onRecord;

    Requirement(String ruleId, List<Approver> approvers) {
      this.ruleId = ruleId;
      this.approvers = List.copyOf(approvers);
    }

    String ruleId() { return ruleId; }
    String approvedBy() { return approvedBy == null ? null : approvedBy.address(); }
    boolean bySubmitting() { return bySubmitting; }
    boolean onRecord() { return onRecord; }
    List<String> approverLabels() { return approvers.stream().map(Approver::label).toList(); }

    Approver approverWithAddress(String address) {
      for (Approver a : approvers) {
        if (a.address().equalsIgnoreCase(address)) {
          return a;
        }
      }
      return null;
    }
  }

  /**
   * §4.1 and §1: every approval an outgoing statement needs, then whether it was given. An incoming
   * statement needs none (APPROVAL-INCOMING-NONE).
   *
   * <p>The approving From groups are the IETF, the IESG, the IAB, areas and WGs (each once). One
   * such group: its own rule decides (APPROVAL-WG, -AREA, -IETF-IESG, -IAB). Several:
   * APPROVAL-MULTIPLE-GROUPS, one requirement per approving authority (see
   * {@link #approvalAuthorities}). A research group's or the IRTF's response adds the IAB Chair's
   * approval (IRTF-RESPONSE-VIA-IAB).
   */
  protected List<Requirement> approvalRequirements(Case c) {
    List<Requirement> out = new ArrayList<>();
    if (!c.outgoing()) {
      return out;
    }
    List<Body> groups = approvingGroups(c.s());
    String ruleId = groups.size() == 1 ? singleGroupRule(groups.get(0).getKind()) : "APPROVAL-MULTIPLE-GROUPS";
    for (List<Approver> approvers : approvalAuthorities(c, groups)) {
      out.add(new Requirement(ruleId, approvers));
    }
    if (c.inResponse() && c.fromIrtf()) {
      out.add(new Requirement("IRTF-RESPONSE-VIA-IAB", iabChair(c.dir())));
    }
    for (Requirement r : out) {
      approvalOnTheStatement(c, r);
    }
    for (Requirement r : out) {
      approvalBySubmitting(c, r);
    }
    for (Requirement r : out) {
      approvalOnTheRecord(c, r);
    }
    return out;
  }

  /** §4.1: the From bodies whose approval requirement the text gives: IETF, IESG, IAB, areas, WGs; each once. */
  protected List<Body> approvingGroups(LiaisonStatement s) {
    Set<BodyKind> approving = EnumSet.of(BodyKind.IETF, BodyKind.IESG, BodyKind.IAB, BodyKind.AREA, BodyKind.WORKING_GROUP);
    Map<String, Body> groups = new LinkedHashMap<>();
    for (Body b : s.getFrom()) {
      if (approving.contains(b.getKind())) {
        groups.putIfAbsent(b.getKind() + "/" + key(b.getName().orElse("")), b);
      }
    }
    return new ArrayList<>(groups.values());
  }

  /** §4.1, one sending group: "AD approval" for a WG or an area, the IETF Chair for the IETF or IESG, the IAB for the IAB. */
  protected String singleGroupRule(BodyKind kind) {
    switch (kind) {
      case WORKING_GROUP: return "APPROVAL-WG";
      case AREA: return "APPROVAL-AREA";
      case IETF: case IESG: return "APPROVAL-IETF-IESG";
      default: return "APPROVAL-IAB";
    }
  }

  /**
   * §4.1 (and, for several groups, the rule file's inferred combination): the potential approvers of
   * each authority the groups answer to. A WG answers to its area (any of the area's ADs); an area
   * to itself; the WGs of one area and that area share one requirement. The IETF and the IESG share
   * the IETF Chair's; the IAB has the IAB Chair's. A WG the directory does not know has a requirement
   * of its own that nobody can meet; so has an area the directory does not know or that has no AD.
   */
  protected List<List<Approver>> approvalAuthorities(Case c, List<Body> groups) {
    Map<String, List<Approver>> authorities = new LinkedHashMap<>();
    for (Body b : groups) {
      switch (b.getKind()) {
        case IETF: case IESG:
          authorities.putIfAbsent("ietf-chair", ietfChair(c.dir()));
          break;
        case IAB:
          authorities.putIfAbsent("iab-chair", iabChair(c.dir()));
          break;
        case AREA:
          authorities.putIfAbsent("area/" + key(b.getName().orElse("")), areaDirectors(c.dir(), b.getName().orElse("")));
          break;
        default: {
          Optional<WorkingGroup> wg = c.dir().workingGroup(b.getName().orElse(""));
          if (wg.isEmpty()) {
            authorities.put("unknown-wg/" + key(b.getName().orElse("")), List.of());
          } else {
            authorities.putIfAbsent("area/" + key(wg.get().getArea()), areaDirectors(c.dir(), wg.get().getArea()));
          }
        }
      }
    }
    return new ArrayList<>(authorities.values());
  }

  /** An area's ADs as approvers; none when the directory does not know the area. */
  protected List<Approver> areaDirectors(Directory dir, String area) {
    Optional<Area> known = dir.area(area);
    if (known.isEmpty()) {
      return List.of();
    }
    return known.get().getDirectors().stream()
        .map(p -> new Approver(p.getAddress(), Role.AREA_DIRECTOR, known.get().getAcronym())).toList();
  }

  protected List<Approver> ietfChair(Directory dir) {
    return dir.getIetfChair().map(p -> List.of(new Approver(p.getAddress(), Role.IETF_CHAIR, ""))).orElse(List.of());
  }

  protected List<Approver> iabChair(Directory dir) {
    return dir.getIabChair().map(p -> List.of(new Approver(p.getAddress(), Role.IAB_CHAIR, ""))).orElse(List.of());
  }

  /**
   * §4.1: an approval recorded on the statement meets a requirement when its address is one of the
   * potential approvers' (the role it claims is not trusted). The first such approval counts.
   */
  protected void approvalOnTheStatement(Case c, Requirement r) {
    for (Approval a : c.s().getApprovals()) {
      Approver approver = r.approverWithAddress(a.getAddress());
      if (approver != null) {
        r.approvedBy = approver;
        return;
      }
    }
  }

  /**
   * APPROVAL-SELF (inferred, as the IETF tool does): a submitter whose address is a potential
   * approver's approves by submitting; checked after the approvals on the statement.
   */
  protected void approvalBySubmitting(Case c, Requirement r) {
    if (r.approvedBy != null || c.s().getSubmitter().isEmpty()) {
      return;
    }
    Approver approver = r.approverWithAddress(c.s().getSubmitter().get().getAddress());
    if (approver != null) {
      r.approvedBy = approver;
      r.bySubmitting = true;
    }
  }

  /**
   * Revision 2: a record that shows the statement approved meets every requirement still unmet; the
   * approver is the potential approver whose address the record gives, else nobody named.
   */
  protected void approvalOnTheRecord(Case c, Requirement r) {
    var record = c.s().getRecordedApproval();
    if (r.approvedBy != null || record.isEmpty() || record.get().getApproved() != Known.YES) {
      return;
    }
    r.approvedBy = record.get().getByAddress().map(r::approverWithAddress).orElse(null);
    r.onRecord = r.approvedBy == null;
  }

  /**
   * §4.1, §4: what stays unapproved is an ERROR (APPROVAL-MISSING), a requirement nobody in the
   * directory can meet another (APPROVAL-UNKNOWN-AREA); a statement from the IETF as a whole
   * involves other experts (APPROVAL-IETF-EXPERTS). A withdrawn statement gets none of them.
   * Revision 2: a statement its record shows approved (the Datatracker's approved or posted) is
   * judged from its record: neither of the first two; nor one whose stage the record does not
   * show, unless the record shows it awaiting approval.
   */
  protected Set<String> approvalFindings(Case c, List<Requirement> requirements) {
    Set<String> out = new TreeSet<>();
    if (!c.outgoing() || c.withdrawn()) {
      return out;
    }
    Known onRecord = c.s().getRecordedApproval().map(a -> a.getApproved()).orElse(Known.UNKNOWN);
    // a record whose stage is not shown shows its approval only when it says NO
    boolean judgedFromRecord = onRecord == Known.YES || c.s().isStageUnknown() && onRecord != Known.NO;
    for (Requirement r : requirements) {
      if (judgedFromRecord) {
        break;
      }
      if (r.approvers.isEmpty()) {
        out.add("APPROVAL-UNKNOWN-AREA");
      } else if (r.approvedBy == null) {
        out.add("APPROVAL-MISSING");
      }
    }
    if (c.from(BodyKind.IETF)) {
      out.add("APPROVAL-IETF-EXPERTS");
    }
    return out;
  }

  /** §1: "Research groups do not initiate sending of liaison statements" (the IRTF read alike): IRTF-NO-INITIATE. */
  protected Set<String> irtfFindings(Case c) {
    boolean initiates = c.outgoing() && !c.withdrawn() && c.fromIrtf() && !c.inResponse();
    return initiates ? Set.of("IRTF-NO-INITIATE") : Set.of();
  }

  // ---- routing (-05 §2.1, §3.1) ---------------------------------------------------------------

  /**
   * ROUTE-DELIVERY, -05 §2.1: an outgoing statement goes to its Send To alone; without one, a reply
   * goes to the original's Send Reply To alone; otherwise to every To-Contact. An incoming one
   * received through a central address (receivedAt) is distributed to every To-Contact, unless it is
   * misdirected to groups whose addresses are known (then {@link #misdirectedForward} delivers it).
   * Nothing for a withdrawn statement.
   */
  protected List<String> deliveryTo(Case c) {
    if (c.withdrawn()) {
      return List.of();
    }
    if (c.outgoing()) {
      if (c.sendTo() != null) {
        return addresses(List.of(c.sendTo()));
      }
      String original = c.originalSendReplyTo();
      return addresses(original != null ? List.of(original) : c.s().getToContacts());
    }
    if (!misdirectedForward(c).isEmpty() || c.s().getReceivedAt().isEmpty()) {
      return List.of();
    }
    return addresses(c.s().getToContacts());
  }

  /**
   * ROUTE-DELIVERY's Cc, -05 §2.1: every From-Contact "need[s] to be informed", so each is copied,
   * except one already a To address and, when the statement goes to a Send To (its own or the
   * original's Send Reply To), one that is a To-Contact: the receiving body gets it through the Send
   * To only.
   */
  protected List<String> deliveryCc(Case c, List<String> to) {
    boolean throughSendTo = c.sendTo() != null || c.originalSendReplyTo() != null;
    List<String> cc = new ArrayList<>();
    for (String a : c.s().getFromContacts()) {
      if (!containsIgnoringCase(to, a) && !(throughSendTo && containsIgnoringCase(c.s().getToContacts(), a))) {
        cc.add(a);
      }
    }
    return addresses(cc);
  }

  /**
   * ROUTE-MISDIRECTED, §3.1: a misdirected incoming statement is forwarded "to the right groups":
   * their chairs and lists (WGs and research groups), their ADs (areas). That forward is its delivery.
   */
  protected List<String> misdirectedForward(Case c) {
    if (!c.incoming() || c.withdrawn() || !c.s().isMisdirected()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Body b : c.s().getCorrectGroups()) {
      if (b.getKind() == BodyKind.WORKING_GROUP) {
        Optional<WorkingGroup> g = c.dir().workingGroup(b.getName().orElse(""));
        g.ifPresent(w -> {
          w.getChairs().forEach(p -> out.add(p.getAddress()));
          w.getListAddress().ifPresent(out::add);
        });
      } else if (b.getKind() == BodyKind.RESEARCH_GROUP) {
        Optional<ResearchGroup> g = c.dir().researchGroup(b.getName().orElse(""));
        g.ifPresent(rg -> {
          rg.getChairs().forEach(p -> out.add(p.getAddress()));
          rg.getListAddress().ifPresent(out::add);
        });
      } else if (b.getKind() == BodyKind.AREA) {
        c.dir().directorsOf(b.getName().orElse("")).forEach(p -> out.add(p.getAddress()));
      }
    }
    return addresses(out);
  }

  /** The routing findings (§2.1, -05 §2.1), revision 2; the other routing rules are decisions or obligations. */
  protected Set<String> routingFindings(Case c) {
    Set<String> out = new TreeSet<>();
    // §2.1 defaults: proposing contacts is preparation, so before sending only.
    if (c.beforeSending() && !missingDefaultFromContacts(c).isEmpty()) {
      out.add("ROUTE-FROM-CONTACTS-DEFAULT");
    }
    if (replyNotSentToOriginalReplyAddress(c)) {
      out.add("ROUTE-REPLY-SEND-TO");
    }
    // §2.1 "may be provided": missing is a hint before sending; present but not a central address
    // is a warning at any stage; liaison-coordination where the receiving side has a manager alias
    // is a hint to use the alias, before sending.
    String reply = c.sendReplyTo();
    Optional<String> alias = c.dir().relationshipFor(c.s().getTo()).flatMap(LiaisonRelationship::getAlias);
    if (c.beforeSending() && reply == null
        || c.outgoing() && !c.withdrawn() && reply != null && !isCentral(c.dir(), reply)
        || c.beforeSending() && reply != null && reply.equalsIgnoreCase(c.dir().getLiaisonCoordination())
            && alias.isPresent() && !reply.equalsIgnoreCase(alias.get())) {
      out.add("ROUTE-OUTGOING-REPLY-ADDRESS");
    }
    if (c.outgoing() && reply != null && (containsIgnoringCase(c.dir().getPersonalAddresses(), reply)
        || c.dir().isPersonal(reply) && !roleAddress(c.dir(), reply))) {
      out.add("ROUTE-REPLY-ADDRESS-ROLE"); // §2.1 "usually not a personal address"; role addresses are not
    }
    // -05 §2.1, incoming: both addresses known and different, an INFO naming both; neither known
    // before recording, an INFO asking; recorded, nothing.
    String from = c.s().getReceivedFrom().orElse(null);
    if (c.incoming() && !c.withdrawn() && (reply != null && from != null && !reply.equalsIgnoreCase(from)
        || !c.recorded() && reply == null && from == null)) {
      out.add("ROUTE-INCOMING-RECEIVED-FROM");
    }
    // -05 §2.1, incoming: how it arrived unknown (or central but at which address), before recording: an INFO.
    if (c.incoming() && !c.withdrawn() && !c.recorded()) {
      Known central = c.s().getReceivedCentrally();
      boolean at = c.s().getReceivedAt().isPresent();
      if (central == Known.UNKNOWN && !at || central == Known.YES && !at) {
        out.add("ROUTE-INCOMING-RECEIVED-AT");
      }
    }
    return out;
  }

  /** liaison-coordination or any manager alias in the directory: the addresses the IAB maintains. */
  protected static boolean isCentral(Directory dir, String address) {
    if (address.equalsIgnoreCase(dir.getLiaisonCoordination())) {
      return true;
    }
    return dir.getRelationships().stream().anyMatch(r -> r.getAlias().map(address::equalsIgnoreCase).orElse(false));
  }

  /** A role's address: a list, the IESG's or IAB's, a central one, or chair@ / *-chair(s)@ / *-ad(s)@. */
  protected static boolean roleAddress(Directory dir, String address) {
    if (isCentral(dir, address) || dir.getIesgAddress().map(address::equalsIgnoreCase).orElse(false)
        || dir.getIabAddress().map(address::equalsIgnoreCase).orElse(false)) {
      return true;
    }
    if (dir.getWorkingGroups().stream().anyMatch(g -> g.getListAddress().map(address::equalsIgnoreCase).orElse(false))
        || dir.getResearchGroups().stream().anyMatch(g -> g.getListAddress().map(address::equalsIgnoreCase).orElse(false))) {
      return true;
    }
    String local = address.trim().toLowerCase(java.util.Locale.ROOT);
    local = local.contains("@") ? local.substring(0, local.indexOf('@')) : local;
    return local.matches("chair|.*-chairs?|.*-ads?");
  }

  /**
   * TRANSMIT-NAMED-IN-TEXT (tooling): before sending, an RFC or draft named in the subject or body
   * that no listed document has the name of (RFC numbers compared, drafts without a version).
   */
  protected boolean namesUnlistedDocument(Case c) {
    if (!c.beforeSending()) {
      return false;
    }
    Set<String> listed = new java.util.HashSet<>();
    for (DocumentReference d : distinctDocuments(c.s())) {
      listed.add(nameKey(d.getName()));
    }
    String text = c.s().getSubject().orElse("") + "\n" + c.s().getBody().orElse("");
    java.util.regex.Matcher rfc = java.util.regex.Pattern.compile("(?i)\\bRFC[ \\u00a0-]?(\\d{1,5})\\b").matcher(text);
    while (rfc.find()) {
      if (!listed.contains("rfc" + Integer.parseInt(rfc.group(1)))) {
        return true;
      }
    }
    java.util.regex.Matcher draft = java.util.regex.Pattern.compile("(?i)\\bdraft-[a-z0-9]+(?:-[a-z0-9]+)*").matcher(text);
    while (draft.find()) {
      if (!listed.contains(nameKey(draft.group()))) {
        return true;
      }
    }
    return false;
  }

  private static String nameKey(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher rfc = java.util.regex.Pattern.compile("rfc[ \\u00a0-]?(\\d{1,5})").matcher(n);
    if (rfc.matches()) {
      return "rfc" + Integer.parseInt(rfc.group(1));
    }
    for (String ext : List.of(".txt", ".html", ".xml", ".pdf")) {
      if (n.endsWith(ext)) {
        n = n.substring(0, n.length() - ext.length());
      }
    }
    return n.replaceFirst("-\\d\\d$", "");
  }

  /**
   * ROUTE-FROM-CONTACTS-DEFAULT, §2.1 "e.g. the WG chairs, the WG mailing list and the responsible
   * AD(s)"; inferred for the others: an area's ADs, the IETF Chair and the IESG for the IETF or the
   * IESG, the IAB and its Chair for the IAB. Those not among the From-Contacts.
   */
  protected List<String> missingDefaultFromContacts(Case c) {
    Set<String> defaults = new LinkedHashSet<>();
    Directory dir = c.dir();
    for (Body b : c.s().getFrom()) {
      String name = b.getName().orElse("");
      switch (b.getKind()) {
        case WORKING_GROUP:
          dir.workingGroup(name).ifPresent(wg -> {
            wg.getChairs().forEach(p -> defaults.add(p.getAddress()));
            wg.getListAddress().ifPresent(defaults::add);
            dir.directorsOf(wg.getArea()).forEach(p -> defaults.add(p.getAddress()));
          });
          break;
        case AREA:
          dir.directorsOf(name).forEach(p -> defaults.add(p.getAddress()));
          break;
        case IETF: case IESG:
          dir.getIetfChair().map(Person::getAddress).ifPresent(defaults::add);
          dir.getIesgAddress().ifPresent(defaults::add);
          break;
        case IAB:
          dir.getIabAddress().ifPresent(defaults::add);
          dir.getIabChair().map(Person::getAddress).ifPresent(defaults::add);
          break;
        default:
          break;
      }
    }
    List<String> missing = new ArrayList<>();
    for (String a : defaults) {
      if (!a.isBlank() && !containsIgnoringCase(c.s().getFromContacts(), a.trim())) {
        missing.add(a);
      }
    }
    return missing;
  }

  /**
   * ROUTE-REPLY-SEND-TO, §2.1 "the expectation is that a statement sent in response uses this
   * address as the To-Liaison Contact": a reply (either direction) whose Send To is missing or is
   * not the original's Send Reply To.
   */
  protected boolean replyNotSentToOriginalReplyAddress(Case c) {
    String original = c.originalSendReplyTo();
    return original != null && (c.sendTo() == null || !c.sendTo().equalsIgnoreCase(original));
  }

  /**
   * ROUTE-OUTGOING-REPLY-ADDRESS, §2.1 "should be the alias of the liaison manager, if applicable,
   * or an address maintained by the IAB for liaison management such as liaison-coordination@iab.org":
   * the manager alias of the relationship with the receiving side (the first To body covered by
   * one), or liaison-coordination. Missing counts as not central.
   */
  protected boolean sendReplyToIsCentral(Case c) {
    String reply = c.sendReplyTo();
    if (reply == null) {
      return false;
    }
    if (reply.equalsIgnoreCase(c.dir().getLiaisonCoordination())) {
      return true;
    }
    Optional<String> alias = c.dir().relationshipFor(c.s().getTo()).flatMap(LiaisonRelationship::getAlias);
    return alias.isPresent() && reply.equalsIgnoreCase(alias.get());
  }

  // ---- liaison relationship (§2.1) ------------------------------------------------------------

  /**
   * RELATIONSHIP-MANAGER-IN-CONTACTS, §2.1: the From-Contacts of an outgoing statement include "the
   * liaison manager (if one exists) and/or an IAB liaison contact". "And/or": liaison-coordination
   * among them is enough; otherwise every relationship with the receiving side (by the To bodies,
   * one each) needs its alias or one of its managers there. Without any relationship, the IAB
   * liaison contact is expected. Not for a withdrawn statement. Revision 2: From-Contacts named
   * without an address might be the contact: unknown, so nothing once the statement is sent.
   */
  protected Set<String> relationshipFindings(Case c) {
    if (!c.outgoing() || c.withdrawn() || !c.s().getFromContactNames().isEmpty() && !c.beforeSending()) {
      return Set.of();
    }
    List<String> contacts = c.s().getFromContacts();
    if (containsIgnoringCase(contacts, c.dir().getLiaisonCoordination())) {
      return Set.of();
    }
    List<LiaisonRelationship> relationships = new ArrayList<>();
    for (Body b : c.s().getTo()) {
      c.dir().relationshipFor(b).filter(r -> !r.getAddresses().isEmpty() && !relationships.contains(r))
          .ifPresent(relationships::add);
    }
    boolean missing = relationships.isEmpty()
        || relationships.stream().anyMatch(r -> r.getAddresses().stream().noneMatch(a -> containsIgnoringCase(contacts, a)));
    return missing ? Set.of("RELATIONSHIP-MANAGER-IN-CONTACTS") : Set.of();
  }

  // ---- transmission (§4.3, §1) ----------------------------------------------------------------

  /** A document's verdict: its eligibility and the findings about it. */
  protected record Verdict(String eligibility, Set<String> findings) {
    static final String ELIGIBLE = "ELIGIBLE";
    static final String NEEDS_CONTEXT = "NEEDS_CONTEXT";
    static final String UNKNOWN = "UNKNOWN";
  }

  /** Standards track as §4.3 lists it: Proposed, Draft and Internet Standards, and BCPs. */
  protected static final Set<DocumentStatus> STANDARDS_TRACK = EnumSet.of(DocumentStatus.PROPOSED_STANDARD,
      DocumentStatus.DRAFT_STANDARD, DocumentStatus.INTERNET_STANDARD, DocumentStatus.BEST_CURRENT_PRACTICE);

  /** §1: streams whose documents do not represent IETF consensus. */
  protected static final Set<Stream> NON_CONSENSUS_STREAMS = EnumSet.of(Stream.IRTF, Stream.INDEPENDENT, Stream.EDITORIAL);

  /**
   * §4.3 for one document of an outgoing statement (replies included). ELIGIBLE: it may be sent as
   * it is ({@link #readilyTransmittable}), or it is one §4.3 holds back but the statement has what
   * §4.3 asks for (further consensus developed, or context saying it is not IETF consensus).
   * NEEDS_CONTEXT: held back without either (TRANSMIT-NEEDS-CONTEXT). Otherwise UNKNOWN. In every
   * case its status must be noted (TRANSMIT-STATUS-NOT-NOTED) and a WG draft marked as work in
   * progress (TRANSMIT-WG-DRAFT-WORK-IN-PROGRESS).
   */
  protected Verdict verdict(DocumentReference d) {
    Set<String> findings = new TreeSet<>();
    String eligibility = Verdict.UNKNOWN;
    if (needsConsensusContext(d)) {
      if (d.isFurtherConsensusDeveloped() || d.isNotConsensusContextIncluded()) {
        eligibility = Verdict.ELIGIBLE;
      } else {
        eligibility = Verdict.NEEDS_CONTEXT;
        findings.add("TRANSMIT-NEEDS-CONTEXT");
      }
    } else if (readilyTransmittable(d)) {
      eligibility = Verdict.ELIGIBLE;
    }
    if (!d.isStatusNoted() && (d.getKind() != DocumentKind.OTHER || effectiveStream(d) == Stream.IETF)) {
      findings.add("TRANSMIT-STATUS-NOT-NOTED"); // §4.3 "in all cases ... must be appropriately noted", of IETF documents
    }
    if (workingGroupDraft(d) && !d.isMarkedWorkInProgress()) {
      findings.add("TRANSMIT-WG-DRAFT-WORK-IN-PROGRESS"); // §4.3 "it must be clear ... 'Work in Progress'"
    }
    return new Verdict(eligibility, findings);
  }

  /**
   * §4.3 first paragraph: standards-track RFCs and BCPs, WG drafts intended for the standards track,
   * and Informational documents representing a WG position (a WG draft is one, inferred), of the
   * IETF stream (or none given). Only asked of documents {@link #needsConsensusContext} lets pass.
   */
  protected boolean readilyTransmittable(DocumentReference d) {
    Stream stream = effectiveStream(d);
    DocumentStatus status = d.getStatus().orElse(null);
    if ((stream != null && stream != Stream.IETF) || status == null) {
      return false;
    }
    if (STANDARDS_TRACK.contains(status)) {
      return d.getKind() == DocumentKind.RFC || workingGroupDraft(d);
    }
    return status == DocumentStatus.INFORMATIONAL && (d.isWorkingGroupPosition() || workingGroupDraft(d));
  }

  /**
   * §4.3 second paragraph and §1: individual drafts, Experimental or Historic documents,
   * Informational documents that are neither a WG document nor a WG position, and IRTF, Independent
   * or Editorial stream documents. Such a document matching the first paragraph too is held back.
   */
  protected boolean needsConsensusContext(DocumentReference d) {
    DocumentStatus status = d.getStatus().orElse(null);
    return NON_CONSENSUS_STREAMS.contains(effectiveStream(d))
        || (d.getKind() == DocumentKind.INTERNET_DRAFT && d.getDraftKind().orElse(null) == DraftKind.INDIVIDUAL)
        || status == DocumentStatus.EXPERIMENTAL || status == DocumentStatus.HISTORIC
        || (status == DocumentStatus.INFORMATIONAL && !d.isWorkingGroupPosition() && !workingGroupDraft(d));
  }

  protected static boolean workingGroupDraft(DocumentReference d) {
    return d.getKind() == DocumentKind.INTERNET_DRAFT && d.getDraftKind().orElse(null) == DraftKind.WORKING_GROUP_DOCUMENT;
  }

  /** The stream given; a WG draft without one is intended for the IETF stream; otherwise unknown (null). */
  protected static Stream effectiveStream(DocumentReference d) {
    return d.getStream().orElse(workingGroupDraft(d) ? Stream.IETF : null);
  }

  // ---- consensus (§1, §4, §4.1, §4.2, §4.2.1, -05 §4.2) ------------------------------------------

  /** Levels that claim a consensus of a group: WG, IETF-wide, IESG. */
  protected static final Set<ConsensusLevel> CONSENSUS_CLAIMS = EnumSet.of(ConsensusLevel.WORKING_GROUP_CONSENSUS,
      ConsensusLevel.IETF_WIDE_CONSENSUS, ConsensusLevel.IESG_CONSENSUS);

  /** §4.2: statements that "may choose to not seek" additional consensus. */
  protected static final Set<ConsensusProcess> EXEMPT = EnumSet.of(ConsensusProcess.INFORMATION_SHARING_ONLY,
      ConsensusProcess.REQUEST_FOR_NON_PUBLIC_DOCUMENTS);

  /** The consensus findings of an outgoing statement (replies included, §4). */
  protected Set<String> consensusFindings(Case c) {
    Set<String> out = new TreeSet<>();
    ConsensusLevel declared = c.declared();
    ConsensusProcess process = c.process();
    // §1, §4.2: spell out the level of consensus, or that there is none.
    // Revision 2: given as not stated, at any stage; not given (nothing declared), asked before sending only.
    Known stated = c.s().getConsensus().getLevelStated();
    if (stated == Known.UNKNOWN && declared != ConsensusLevel.NOT_STATED) {
      stated = Known.YES;
    }
    if (!c.withdrawn() && (stated == Known.NO || stated == Known.UNKNOWN && c.beforeSending())) {
      out.add("CONSENSUS-NOT-STATED");
    }
    // §4.2: inform the group before transmission; a claim of a group's consensus, or collected
    // comments, shows it was put to the group.
    // Revision 2: known not informed, a warning; unknown, asked before sending only; never for the IAB.
    Known informed = c.s().getConsensus().getGroupInformedKnown();
    if (informed == Known.UNKNOWN && c.s().getConsensus().isGroupInformed()) {
      informed = Known.YES;
    }
    boolean claimShowsIt = CONSENSUS_CLAIMS.contains(declared) || declared == ConsensusLevel.COLLECTED_COMMENTS;
    if (!c.withdrawn() && !c.from(BodyKind.IAB)
        && (informed == Known.NO || informed == Known.UNKNOWN && c.beforeSending() && !claimShowsIt)) {
      out.add("CONSENSUS-GROUP-NOT-INFORMED");
    }
    // §4.1: an IESG statement says whether it carries IESG consensus.
    if (c.from(BodyKind.IESG) && !EnumSet.of(ConsensusLevel.IESG_CONSENSUS, ConsensusLevel.NO_CONSENSUS_CLAIMED,
        ConsensusLevel.COLLECTED_COMMENTS, ConsensusLevel.IETF_WIDE_CONSENSUS).contains(declared)) {
      out.add("CONSENSUS-IESG-IMPLIED");
    }
    // -05 §4.2: needing a consensus process, an area or IETF level statement (the IESG read as one)
    // requires IETF-wide consensus, and is recommended to come from WGs.
    boolean areaOrIetfLevel = c.from(BodyKind.AREA) || c.from(BodyKind.IETF) || c.from(BodyKind.IESG);
    // Revision 2: CONSENSUS-SENDER-WG is retired into this one; a WG among the senders makes it a WG statement.
    if (process == ConsensusProcess.NEEDED && areaOrIetfLevel && !c.from(BodyKind.WORKING_GROUP)
        && declared != ConsensusLevel.IETF_WIDE_CONSENSUS) {
      out.add("CONSENSUS-IETF-WIDE-REQUIRED");
    }
    // §4.2.1: no clear consensus on the list: "collected comments", not a claim of consensus, not silence.
    DiscussionOutcome discussion = c.s().getConsensus().getListDiscussion().orElse(null);
    if ((discussion == DiscussionOutcome.NO_CLEAR_CONSENSUS || discussion == DiscussionOutcome.NO_DISCUSSION)
        && (CONSENSUS_CLAIMS.contains(declared) || declared == ConsensusLevel.NOT_STATED)) {
      out.add("CONSENSUS-COLLECTED-COMMENTS");
    }
    // §4.2.1, -05 §4.2: agreeing to a charter change needs the WG's consensus (a sender of WGs only)
    // or IETF-wide consensus.
    boolean onlyWorkingGroups = !c.s().getFrom().isEmpty()
        && c.s().getFrom().stream().allMatch(b -> b.getKind() == BodyKind.WORKING_GROUP);
    if (c.s().getReply().isAgreesToCharterChange() && declared != ConsensusLevel.IETF_WIDE_CONSENSUS
        && !(onlyWorkingGroups && declared == ConsensusLevel.WORKING_GROUP_CONSENSUS)) {
      out.add("CONSENSUS-CHARTER-CHANGE");
    }
    // §4.2: soliciting comments on a standards-track WG draft usually benefits from WG consensus.
    boolean standardsTrackWgDraft = distinctDocuments(c.s()).stream()
        .anyMatch(d -> workingGroupDraft(d) && d.getStatus().map(STANDARDS_TRACK::contains).orElse(false));
    if (c.s().isSolicitsComments() && standardsTrackWgDraft && declared != ConsensusLevel.WORKING_GROUP_CONSENSUS
        && declared != ConsensusLevel.IETF_WIDE_CONSENSUS) {
      out.add("CONSENSUS-WG-DRAFT-COMMENTS");
    }
    // §4.2: information sharing and requests for non-public documents need no additional consensus.
    if (EXEMPT.contains(process)) {
      out.add("CONSENSUS-NONE-NEEDED");
    }
    // §4.2: base statements on existing consensus: no IETF document referenced (an RFC, a draft, an
    // IETF-stream document) and no consensus claimed.
    boolean referencesIetfDocument = distinctDocuments(c.s()).stream()
        .anyMatch(d -> d.getKind() != DocumentKind.OTHER || effectiveStream(d) == Stream.IETF);
    // Revision 2: before sending, and only when it is known to claim none.
    if (!referencesIetfDocument && !EXEMPT.contains(process) && c.beforeSending()
        && (declared == ConsensusLevel.NO_CONSENSUS_CLAIMED
            || declared == ConsensusLevel.NOT_STATED && c.s().getConsensus().getLevelStated() == Known.NO)) {
      out.add("CONSENSUS-BASE-ON-EXISTING");
    }
    return out;
  }

  // ---- helpers: plain look-ups, no decisions ----------------------------------------------------

  /** §4.3 "(references to) documents": the documents named, then those attached, each once. */
  static List<DocumentReference> distinctDocuments(LiaisonStatement s) {
    Set<DocumentReference> all = new LinkedHashSet<>(s.getDocuments());
    s.getAttachments().forEach(a -> a.getDocument().ifPresent(all::add));
    return new ArrayList<>(all);
  }

  /** Addresses as a mail header takes them: blanks dropped, each once (ignoring case). */
  static List<String> addresses(List<String> candidates) {
    List<String> out = new ArrayList<>();
    for (String a : candidates) {
      if (a != null && !a.isBlank() && !containsIgnoringCase(out, a)) {
        out.add(a);
      }
    }
    return out;
  }

  static boolean containsIgnoringCase(List<String> list, String address) {
    return list.stream().anyMatch(x -> x.equalsIgnoreCase(address));
  }

  static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }
}
