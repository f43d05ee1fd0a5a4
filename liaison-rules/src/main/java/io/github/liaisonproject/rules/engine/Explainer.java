package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.rules.ApprovalRequirement;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.Citation;
import io.github.liaisonproject.rules.Explanation;
import io.github.liaisonproject.rules.Finding;
import io.github.liaisonproject.rules.Obligation;
import io.github.liaisonproject.rules.Proposal;
import io.github.liaisonproject.rules.Reason;
import io.github.liaisonproject.rules.Recipient;
import io.github.liaisonproject.rules.RuleInfo;
import io.github.liaisonproject.rules.TransmissionVerdict;
import io.github.liaisonproject.rules.vocabulary.ApprovalGiven;
import io.github.liaisonproject.rules.vocabulary.ApprovalNeed;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an assessment and the matches recorded while it was made into an {@link Explanation}:
 * each answer linked to the match that recorded it, each of that rule's conditions said in words
 * with the facts it matched ({@link FactWords}) and the values its constraints read. Generic: it
 * knows the rules only through their text ({@link RuleConditions}) and the facts only through the
 * describer, so new rules and new kinds of fact are explained without changes here.
 */
public final class Explainer {
  private final RuleConditions conditions;
  private final RuleCatalog catalog;

  public Explainer(List<RuleFile> files, RuleCatalog catalog) {
    this.conditions = new RuleConditions(files);
    this.catalog = catalog;
  }

  public RuleConditions conditions() {
    return conditions;
  }

  public Explanation explain(Assessment a, MatchRecorder recorder) {
    List<Reason> reasons = new ArrayList<>();
    for (Finding f : a.findings()) {
      reasons.add(reason(Reason.Kind.FINDING, f.ruleId(), f.severity() + " " + f.message(), recorder.madeBy(f), recorder));
    }
    for (ApprovalRequirement r : a.approval().required()) {
      Optional<MatchRecorder.Fired> need = answer(recorder, ApprovalNeed.class,
          n -> n.getForWhom().equals(r.forWhom()) && n.getApprovers().equals(r.approvers())
              && n.getCitation().equals(r.citation()));
      reasons.add(reason(Reason.Kind.DECISION, r.citation().ruleId(), "approval needed for " + r.forWhom()
          + " from one of " + (r.approvers().isEmpty() ? "nobody the directory knows" : FactWords.value(r.approvers())),
          need, recorder));
      if (r.givenBy().isPresent()) {
        Optional<MatchRecorder.Fired> given = answer(recorder, ApprovalGiven.class,
            g -> g.getNeed().getForWhom().equals(r.forWhom())
                && java.util.Objects.equals(g.getApprover(), r.approvedBy().orElse(null)));
        reasons.add(reason(Reason.Kind.DECISION, r.givenBy().get().ruleId(), "approved for " + r.forWhom()
            + r.approvedBy().map(p -> " by " + p).orElse(" on the public record"), given, recorder));
      }
    }
    a.approval().notNeededBecause().ifPresent(c ->
        reasons.add(reason(Reason.Kind.DECISION, c.ruleId(), "no approval needed", recorder.madeBy(c), recorder)));
    delivery(reasons, "To", a.delivery().to(), recorder);
    delivery(reasons, "Cc", a.delivery().cc(), recorder);
    delivery(reasons, "Reply-To", a.delivery().replyTo(), recorder);
    for (TransmissionVerdict v : a.transmission()) {
      for (Citation c : v.citations()) {
        if (!decidesEligibility(c, recorder)) {
          continue; // only a finding about the document: explained among the findings
        }
        reasons.add(reason(Reason.Kind.DECISION, c.ruleId(), "document " + v.document().getName() + ": "
            + v.eligibility(), documentMatch(c, v.document(), recorder), recorder));
      }
    }
    for (Proposal p : a.proposals()) {
      reasons.add(reason(Reason.Kind.DECISION, p.citation().ruleId(), "propose " + p.field() + " = " + p.value()
          + ": " + p.reason(), recorder.madeBy(p), recorder));
    }
    for (Obligation o : a.obligations()) {
      reasons.add(reason(Reason.Kind.OBLIGATION, o.ruleId(), o.who() + ": " + o.what() + "; due " + o.dueBy()
          + (o.discharged() ? " [discharged]" : ""), recorder.madeBy(o), recorder));
    }
    return new Explanation(a, reasons);
  }

  private void delivery(List<Reason> reasons, String header, List<Recipient> recipients, MatchRecorder recorder) {
    for (Recipient r : recipients) {
      // The rule's answer is a DeliveryAddress fact; the assessment's Recipient is made from it.
      Optional<MatchRecorder.Fired> fired = answer(recorder, io.github.liaisonproject.rules.vocabulary.DeliveryAddress.class,
          d -> headerWord(d.getHeader()).equals(header) && d.getAddress().equalsIgnoreCase(r.address())
              && d.getCitation().equals(r.citation()));
      reasons.add(reason(Reason.Kind.DECISION, r.citation().ruleId(), header + ": " + r.address() + " (" + r.reason() + ")",
          fired.or(() -> recorder.madeBy(r)), recorder));
    }
  }

  private static String headerWord(io.github.liaisonproject.rules.vocabulary.Header h) {
    return switch (h) {
      case TO -> "To";
      case CC -> "Cc";
      case REPLY_TO -> "Reply-To";
    };
  }

  /** True when the rule recorded a verdict (a Citation answer), not only a finding, on some document. */
  private static boolean decidesEligibility(Citation c, MatchRecorder recorder) {
    return recorder.answers().stream().anyMatch(e -> e.getKey() instanceof Citation x && x.equals(c));
  }

  private static Optional<MatchRecorder.Fired> documentMatch(Citation c, DocumentReference document,
      MatchRecorder recorder) {
    MatchRecorder.Fired any = null;
    for (Map.Entry<Object, MatchRecorder.Fired> e : recorder.answers()) {
      if (e.getKey() instanceof Citation x && x.equals(c)) {
        if (mentions(e.getValue(), document)) {
          return Optional.of(e.getValue());
        }
        any = any == null ? e.getValue() : any;
      }
    }
    return Optional.ofNullable(any);
  }

  private static boolean mentions(MatchRecorder.Fired f, DocumentReference document) {
    if (f.declarations().values().stream().anyMatch(v -> v == document)) {
      return true;
    }
    for (Object fact : f.facts()) {
      Optional<Object> d = FactWords.read(fact, "document", Map.of());
      if (d.isPresent() && d.get() == document) {
        return true;
      }
    }
    return false;
  }

  private static <T> Optional<MatchRecorder.Fired> answer(MatchRecorder recorder, Class<T> type,
      java.util.function.Predicate<T> test) {
    for (Map.Entry<Object, MatchRecorder.Fired> e : recorder.answers()) {
      if (type.isInstance(e.getKey()) && test.test(type.cast(e.getKey()))) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  private Reason reason(Reason.Kind kind, String ruleId, String answer, Optional<MatchRecorder.Fired> fired,
      MatchRecorder recorder) {
    Optional<RuleInfo> info = fired.flatMap(f -> catalog.find(f.ruleName()))
        .or(() -> catalog.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst());
    String ruleName = fired.map(MatchRecorder.Fired::ruleName).or(() -> info.map(RuleInfo::ruleName)).orElse(ruleId);
    List<String> because = fired.map(f -> because(f, recorder.workingMemory()))
        .orElse(List.of("(the match that made this answer was not recorded)"));
    return new Reason(kind, ruleId, info.map(RuleInfo::section).orElse(""), info.map(RuleInfo::source).orElse(""),
        ruleName, answer, because);
  }

  /** One line per condition of the fired rule: the fact it matched and the values its constraints read. */
  public List<String> because(MatchRecorder.Fired fired, List<Object> workingMemory) {
    Optional<RuleConditions.RuleText> text = conditions.rule(fired.ruleName());
    if (text.isEmpty()) {
      List<String> lines = new ArrayList<>();
      fired.facts().forEach(f -> lines.add("matched " + FactWords.describe(f)));
      return lines;
    }
    return because(text.get().conditions(), fired, workingMemory);
  }

  /** One line per given condition (a prefix of a rule's), said of a match of them. */
  public static List<String> because(List<RuleConditions.Condition> conditions, MatchRecorder.Fired fired,
      List<Object> workingMemory) {
    List<String> lines = new ArrayList<>();
    Set<Object> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (RuleConditions.Condition c : conditions) {
      switch (c.kind()) {
        case FACT -> {
          Object fact = factFor(c, fired.facts(), used);
          lines.add(c.text() + " matched " + FactWords.describe(fact) + readings(c, fact, fired.declarations()));
        }
        case NOT -> lines.add("no " + c.patternText() + " (" + present(c.factType(), workingMemory) + ")");
        case EXISTS -> lines.add("there is a " + c.patternText());
        case OTHER -> lines.add(c.text() + " holds");
      }
    }
    return lines;
  }

  private static Object factFor(RuleConditions.Condition c, List<Object> facts, Set<Object> used) {
    for (Object f : facts) {
      if (!used.contains(f) && sameType(f, c.factType())) {
        used.add(f);
        return f;
      }
    }
    return null;
  }

  static boolean sameType(Object fact, String factType) {
    if (fact == null || factType == null) {
      return false;
    }
    String simple = factType.substring(factType.lastIndexOf('.') + 1);
    for (Class<?> t = fact.getClass(); t != null; t = t.getSuperclass()) {
      if (t.getSimpleName().equals(simple) || t.getName().equals(factType)) {
        return true;
      }
    }
    return false;
  }

  /** "; outgoing is true, approvingGroupCount is 1" for the constraint paths of a matched pattern. */
  static String readings(RuleConditions.Condition c, Object fact, Map<String, Object> declarations) {
    if (fact == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String constraint : c.constraints()) {
      if (c.isBindingOnly(constraint)) {
        continue;
      }
      for (String path : FactWords.paths(constraint)) {
        String r = FactWords.reading(fact, path, declarations);
        if (!parts.contains(r)) {
          parts.add(r);
        }
      }
    }
    return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
  }

  /** "approval given facts: none" / "approval given facts: 2 (..., ...)" for a `not` condition. */
  static String present(String factType, List<Object> workingMemory) {
    List<String> found = new ArrayList<>();
    for (Object o : workingMemory) {
      if (sameType(o, factType)) {
        if (found.size() < 3) {
          found.add(FactWords.describe(o));
        } else if (found.size() == 3) {
          found.add("...");
        }
      }
    }
    String simple = factType == null ? "fact" : factType.substring(factType.lastIndexOf('.') + 1);
    if (found.isEmpty()) {
      return "there is no " + simple + " at all";
    }
    return "none of the " + simple + " facts matches: " + String.join("; ", found);
  }
}
