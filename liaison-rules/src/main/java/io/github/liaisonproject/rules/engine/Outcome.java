package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.rules.ApprovalDecision;
import io.github.liaisonproject.rules.ApprovalRequirement;
import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.Citation;
import io.github.liaisonproject.rules.Delivery;
import io.github.liaisonproject.rules.Due;
import io.github.liaisonproject.rules.Eligibility;
import io.github.liaisonproject.rules.Finding;
import io.github.liaisonproject.rules.Obligation;
import io.github.liaisonproject.rules.Proposal;
import io.github.liaisonproject.rules.Recipient;
import io.github.liaisonproject.rules.Responsible;
import io.github.liaisonproject.rules.RuleFailure;
import io.github.liaisonproject.rules.RuleInfo;
import io.github.liaisonproject.rules.Severity;
import io.github.liaisonproject.rules.TransmissionVerdict;
import io.github.liaisonproject.rules.vocabulary.ApprovalGiven;
import io.github.liaisonproject.rules.vocabulary.ApprovalNeed;
import io.github.liaisonproject.rules.vocabulary.ContextNeeded;
import io.github.liaisonproject.rules.vocabulary.DeliveryAddress;
import io.github.liaisonproject.rules.vocabulary.DocumentFact;
import io.github.liaisonproject.rules.vocabulary.UsualContact;
import io.github.liaisonproject.rules.vocabulary.Header;
import io.github.liaisonproject.rules.vocabulary.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what the rules of one assessment report, then orders it into an {@link Assessment}.
 * Ordering never depends on the order rules fired in, so neither the order of rule files nor of
 * From bodies changes the answer.
 */
public final class Outcome {
  private final Statement statement;
  private final RuleCatalog catalog;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Proposal> proposals = new ArrayList<>();
  private final List<DeliveryAddress> delivery = new ArrayList<>();
  private final Map<DocumentFact, ContextNeeded> contextNeeded = new IdentityHashMap<>(2);
  private final Map<String, UsualContact> usualContacts = new java.util.HashMap<>(8);
  private final List<ApprovalNeed> needs = new ArrayList<>();
  private final Map<ApprovalNeed, ApprovalGiven> given = new IdentityHashMap<>(4); // a statement has one to three needs
  private Citation noApprovalNeeded;
  private final Map<DocumentReference, Eligibility> eligibility = new LinkedHashMap<>();
  private final Map<DocumentReference, List<Finding>> documentFindings = new LinkedHashMap<>();
  private final Map<DocumentReference, List<Citation>> documentCitations = new LinkedHashMap<>();
  private final List<Obligation> obligations = new ArrayList<>();
  private final List<RuleFailure> failures = new ArrayList<>();

  /** Told of every answer as it is recorded, when explanations are on; null (and free) otherwise. */
  private java.util.function.Consumer<Object> trace;

  /** Explanations: {@code sink} is told of each answer (finding, delivery address, need, ...) as a rule records it. */
  public void trace(java.util.function.Consumer<Object> sink) {
    this.trace = sink;
  }

  /** With explanations on: every fact inserted into the session, in order (withdrawn ones taken out); else null. */
  private List<Object> facts;

  /** A fact went into the session (the statement, its parts, a derived fact). */
  public void inserted(Object fact) {
    if (trace != null) {
      if (facts == null) {
        facts = new ArrayList<>();
      }
      facts.add(fact);
    }
  }

  /** A fact left the session (report.dropDelivery, report.transmitWithoutContext). */
  public void deleted(Object fact) {
    if (facts != null) {
      facts.removeIf(f -> f == fact);
    }
  }

  /**
   * With explanations on, the facts of the session once every rule had fired: those inserted, in
   * order, then any other the session holds. The session alone is not enough: an immutable rule
   * base drops at once a fact that no rule's pattern can match.
   */
  public List<Object> workingMemory(java.util.Collection<?> inSession) {
    List<Object> all = new ArrayList<>(facts == null ? List.of() : facts);
    Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    seen.addAll(all);
    for (Object o : inSession) {
      if (seen.add(o)) {
        all.add(o);
      }
    }
    return all;
  }

  private <T> T traced(T answer) {
    if (trace != null) {
      trace.accept(answer);
    }
    return answer;
  }

  public Outcome(Statement statement, RuleCatalog catalog) {
    this.statement = statement;
    this.catalog = catalog;
  }

  public Statement statement() {
    return statement;
  }

  public Citation citation(String ruleName) {
    return catalog.info(ruleName).citation();
  }

  public void finding(String ruleName, String severity, String message) {
    findings.add(traced(newFinding(ruleName, severity, message)));
  }

  private Finding newFinding(String ruleName, String severity, String message) {
    RuleInfo info = catalog.info(ruleName);
    Severity s = catalog.override(info.id())
        .or(() -> Optional.ofNullable(severity).map(x -> Severity.valueOf(x.trim().toUpperCase(Locale.ROOT))))
        .or(info::severity)
        .orElse(Severity.INFO);
    return new Finding(info.id(), s, info.section(), message, info.source());
  }

  public void proposal(String ruleName, String field, String value, String message) {
    RuleInfo info = catalog.info(ruleName);
    proposals.add(traced(new Proposal(field, value, message, info.citation())));
    if (info.severity().isPresent() || catalog.override(info.id()).isPresent()) {
      findings.add(traced(newFinding(ruleName, null, message)));
    }
  }

  /** Java-style quoting with control and non-printing characters escaped, for messages. */
  public static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    int shown = Math.min(s.length(), 200);
    for (int i = 0; i < shown; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append(s.length() > shown ? "...\"" : "\"").toString();
  }

  /** A delivery address a rule derived (blank addresses are never delivered to). */
  public void delivery(DeliveryAddress address) {
    if (address.getAddress() != null && !address.getAddress().isBlank()) {
      delivery.add(traced(address));
    }
  }

  /** A delivery address a rule removed; when the rule has a severity, its reason is also a finding. */
  public void dropDelivery(String ruleName, DeliveryAddress address, String reason) {
    delivery.removeIf(a -> a == address);
    RuleInfo info = catalog.info(ruleName);
    if (info.severity().isPresent() || catalog.override(info.id()).isPresent()) {
      findings.add(traced(newFinding(ruleName, null, address.getAddress() + " is left out of the " + address.getHeader()
          + " of the delivery: " + reason)));
    }
  }

  /** The UsualContact fact of an address key, or null. */
  public UsualContact usualContact(String key) {
    return usualContacts.get(key);
  }

  public void usualContact(String key, UsualContact fact) {
    usualContacts.put(key, fact);
  }

  /** The document's ContextNeeded fact, or null. */
  public ContextNeeded contextNeeded(DocumentFact document) {
    return contextNeeded.get(document);
  }

  public void contextNeeded(DocumentFact document, ContextNeeded fact) {
    contextNeeded.put(document, fact);
  }

  public void contextNotNeeded(DocumentFact document) {
    contextNeeded.remove(document);
  }

  public void approvalNeeded(ApprovalNeed need) {
    needs.add(traced(need));
  }

  /** Records the first approval of a need; false when the need was already met. */
  public boolean approvalGiven(ApprovalGiven g) {
    if (given.containsKey(g.getNeed())) {
      return false;
    }
    given.put(g.getNeed(), traced(g));
    return true;
  }

  public void noApprovalNeeded(String ruleName) {
    noApprovalNeeded = traced(citation(ruleName));
  }

  public void transmission(String ruleName, DocumentReference document, Eligibility e) {
    Eligibility old = eligibility.get(document);
    // The most cautious verdict wins when two rules judge one document.
    if (old == null || e.compareTo(old) > 0) {
      eligibility.put(document, e);
    }
    documentCitations.computeIfAbsent(document, d -> new ArrayList<>()).add(traced(citation(ruleName)));
  }

  public void documentFinding(String ruleName, DocumentReference document, String message) {
    Finding f = traced(newFinding(ruleName, null, message));
    findings.add(f);
    documentFindings.computeIfAbsent(document, d -> new ArrayList<>()).add(f);
    documentCitations.computeIfAbsent(document, d -> new ArrayList<>()).add(citation(ruleName));
  }

  public void obligation(String ruleName, Responsible who, String what, Due due, boolean discharged) {
    RuleInfo info = catalog.info(ruleName);
    obligations.add(traced(new Obligation(info.id(), info.section(), who, what, due, discharged, info.source())));
    // A rule with a severity (e.g. "INFO + obligation" in the catalogue) also reports a finding.
    if (!discharged && (info.severity().isPresent() || catalog.override(info.id()).isPresent())) {
      findings.add(traced(newFinding(ruleName, null, what)));
    }
  }

  public void failure(String ruleName, Throwable error) {
    RuleInfo info = catalog.find(ruleName).orElse(null);
    String id = info == null ? ruleName : info.id();
    String concern = info == null ? "unknown" : info.concern();
    String source = info == null ? "unknown" : info.source();
    String message = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    failures.add(new RuleFailure(id, concern, source, message));
  }

  private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::ruleId).thenComparing(Finding::message).thenComparing(Finding::source);

  // The orders of the assessment's lists, built once (a comparator chain allocates when it is made).
  private static final Comparator<ApprovalRequirement> REQUIREMENT_ORDER = Comparator.comparing(ApprovalRequirement::forWhom)
      .thenComparing(r -> r.citation().ruleId());
  private static final Comparator<Citation> CITATION_ORDER = Comparator.comparing(Citation::ruleId);
  private static final Comparator<Obligation> OBLIGATION_ORDER = Comparator.comparing(Obligation::ruleId)
      .thenComparing(Obligation::what).thenComparing(o -> o.who().toString());
  private static final Comparator<Proposal> PROPOSAL_ORDER = Comparator.comparing(Proposal::field)
      .thenComparing(p -> p.citation().ruleId()).thenComparing(Proposal::value);
  private static final Comparator<RuleFailure> FAILURE_ORDER = Comparator.comparing(RuleFailure::ruleId)
      .thenComparing(RuleFailure::error);
  private static final Comparator<DeliveryAddress> DELIVERY_ORDER = Comparator.comparing(DeliveryAddress::getRuleId)
      .thenComparingInt(DeliveryAddress::getOrder).thenComparing(DeliveryAddress::getKey);

  public Assessment toAssessment() {
    List<Finding> sortedFindings = distinct(findings);
    sortedFindings.sort(FINDING_ORDER);

    List<ApprovalRequirement> required = new ArrayList<>();
    for (ApprovalNeed n : needs) {
      ApprovalGiven g = given.get(n);
      required.add(new ApprovalRequirement(n.getForWhom(), n.getApprovers(),
          Optional.ofNullable(g).map(ApprovalGiven::getApprover),
          Optional.ofNullable(g).map(ApprovalGiven::getCitation), n.getCitation()));
    }
    required.sort(REQUIREMENT_ORDER);
    ApprovalDecision approval = new ApprovalDecision(required, noApprovalNeeded == null && statement.isOutgoing(),
        Optional.ofNullable(noApprovalNeeded));

    Delivery d = new Delivery(byRule(Header.TO), byRule(Header.CC), byRule(Header.REPLY_TO));

    List<TransmissionVerdict> verdicts = new ArrayList<>();
    Set<DocumentReference> seen = new HashSet<>();
    for (DocumentReference doc : statement.getDocuments()) {
      if (!seen.add(doc)) {
        continue;
      }
      List<Finding> fs = new ArrayList<>(documentFindings.getOrDefault(doc, List.of()));
      fs.sort(FINDING_ORDER);
      List<Citation> cs = new ArrayList<>(distinct(documentCitations.getOrDefault(doc, List.of())));
      cs.sort(CITATION_ORDER);
      verdicts.add(new TransmissionVerdict(doc, eligibility.getOrDefault(doc, Eligibility.UNKNOWN), fs, cs));
    }

    List<Obligation> obs = distinct(obligations);
    obs.sort(OBLIGATION_ORDER);
    List<Proposal> props = distinct(proposals);
    props.sort(PROPOSAL_ORDER);
    List<RuleFailure> fails = new ArrayList<>(failures);
    fails.sort(FAILURE_ORDER);
    return new Assessment(statement.getModel(), statement.getAsOf(), sortedFindings, approval, d, verdicts, obs,
        props, fails);
  }

  /**
   * The recipients of one header, grouped by the rule that added them (rules in ID order), each
   * rule's in its own order (a contact's place in its list, a position in the list it delivered),
   * repeats (ignoring case) folded; so firing order never matters.
   */
  private List<Recipient> byRule(Header header) {
    List<DeliveryAddress> sorted = new ArrayList<>();
    for (DeliveryAddress a : delivery) {
      if (a.getHeader() == header) {
        sorted.add(a);
      }
    }
    sorted.sort(DELIVERY_ORDER); // ties (one rule, one place) by address: never by firing order
    List<Recipient> out = new ArrayList<>(sorted.size());
    for (DeliveryAddress r : sorted) {
      boolean seen = false;
      for (Recipient x : out) {
        if (x.address().equalsIgnoreCase(r.getAddress())) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        out.add(new Recipient(r.getAddress(), r.getReason(), r.getCitation()));
      }
    }
    return out;
  }

  private static <T> List<T> distinct(List<T> items) {
    if (items.size() <= 16) { // the usual size: a quadratic scan allocates nothing but the result
      List<T> out = new ArrayList<>(items.size());
      for (T item : items) {
        if (!out.contains(item)) {
          out.add(item);
        }
      }
      return out;
    }
    return new ArrayList<>(new java.util.LinkedHashSet<>(items));
  }
}
