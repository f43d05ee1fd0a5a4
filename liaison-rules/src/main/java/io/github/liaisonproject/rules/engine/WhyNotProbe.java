package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.io.Suggestions;
import io.github.liaisonproject.rules.RuleInfo;
import io.github.liaisonproject.rules.WhyNot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers "why did rule X not fire?" with probe rules. The rule's conditions are read back from its
 * file; probe rules are written from them and compiled together with every file of the rule set
 * (so the facts other rules derive, such as approval needs, exist as in a real assessment), in a
 * rule base of its own that is dropped afterwards:
 * <ul>
 *   <li>for k = 1..n, a probe with the rule's first k conditions: the first k with no match names
 *       the failing condition;
 *   <li>for a fact condition, a probe with the conditions before it and the fact type alone (the
 *       candidate facts), and one per constraint alone: the constraints with no match are those
 *       that fail, and their values are read from the candidates;
 *   <li>for a {@code not}, a probe with the pattern itself: the facts that make it fail.
 * </ul>
 * Probes keep the rule's salience, so that {@code not} conditions see the same facts as the rule.
 */
public final class WhyNotProbe {
  private final List<RuleFile> files;
  /** Bundled files whose precompiled models the probe base may reuse (empty: compile every file). */
  private final List<RuleFile> keptBundled;
  private final RuleCatalog catalog;
  private final Explainer explainer;
  private final int dueSoonDays;
  /** The facts of the probe session once every rule had fired: what a failing `not` saw. */
  private List<Object> workingMemory = List.of();

  public WhyNotProbe(List<RuleFile> files, List<RuleFile> keptBundled, RuleCatalog catalog, Explainer explainer,
      int dueSoonDays) {
    this.files = files;
    this.keptBundled = keptBundled;
    this.catalog = catalog;
    this.explainer = explainer;
    this.dueSoonDays = dueSoonDays;
  }

  /**
   * One answer per rule carrying the ID (a catalogue ID may be written as several rules, as
   * APPROVAL-MULTIPLE-GROUPS is: one per kind of approving authority), in file order.
   */
  public List<WhyNot> whyNot(String ruleId, LiaisonStatement statement, Directory directory, LocalDate asOf,
      List<LiaisonStatement> related) {
    List<RuleConditions.RuleText> rules = find(ruleId);
    boolean active = catalog.rules().stream().anyMatch(r -> r.id().equals(ruleId));
    StringBuilder drl = new StringBuilder("package liaison.whynot;\n\n");
    Set<String> imports = new LinkedHashSet<>();
    Set<String> globals = new LinkedHashSet<>();
    rules.forEach(r -> {
      imports.addAll(r.imports());
      globals.addAll(r.globals());
    });
    imports.forEach(i -> drl.append("import ").append(i).append(";\n"));
    globals.forEach(g -> drl.append("global ").append(g).append(";\n"));
    int[] count = {0};
    for (int part = 0; part < rules.size(); part++) {
      writeProbes(drl, count, "whynot " + (part + 1) + " ", rules.get(part));
    }
    Map<String, List<MatchRecorder.Fired>> matches = run(drl.toString(), statement, directory, asOf, related);
    List<WhyNot> answers = new ArrayList<>();
    for (int part = 0; part < rules.size(); part++) {
      answers.add(answer(ruleId, active, rules.get(part), "whynot " + (part + 1) + " ", matches, workingMemory));
    }
    return answers;
  }

  private void writeProbes(StringBuilder drl, int[] count, String prefixName, RuleConditions.RuleText rule) {
    List<RuleConditions.Condition> conditions = rule.conditions();
    for (int k = 0; k < conditions.size(); k++) {
      RuleConditions.Condition c = conditions.get(k);
      probe(drl, count, prefixName + "prefix " + (k + 1), rule, prefix(conditions, k) + c.text());
      switch (c.kind()) {
        case FACT, EXISTS -> {
          String bindings = String.join(", ", c.constraints().stream().filter(c::isBindingOnly).toList());
          probe(drl, count, prefixName + "candidates " + (k + 1), rule,
              prefix(conditions, k) + c.factType() + "( " + bindings + " )");
          for (int j = 0; j < c.constraints().size(); j++) {
            String constraint = c.constraints().get(j);
            if (c.isBindingOnly(constraint)) {
              continue;
            }
            String inside = bindings.isEmpty() ? constraint : bindings + ", " + constraint;
            probe(drl, count, prefixName + "constraint " + (k + 1) + "." + (j + 1), rule,
                prefix(conditions, k) + c.factType() + "( " + inside + " )");
          }
        }
        case NOT -> probe(drl, count, prefixName + "pattern " + (k + 1), rule, prefix(conditions, k) + c.patternText());
        default -> { }
      }
    }
  }

  private static WhyNot answer(String ruleId, boolean active, RuleConditions.RuleText rule, String prefixName,
      Map<String, List<MatchRecorder.Fired>> all, List<Object> workingMemory) {
    Map<String, List<MatchRecorder.Fired>> matches = new LinkedHashMap<>();
    all.forEach((name, fired) -> {
      if (name.startsWith(prefixName)) {
        matches.put(name.substring(prefixName.length()), fired);
      }
    });
    List<RuleConditions.Condition> conditions = rule.conditions();
    List<WhyNot.Check> checks = new ArrayList<>();
    int failing = -1;
    for (int k = 0; k < conditions.size(); k++) {
      if (matches.getOrDefault("prefix " + (k + 1), List.of()).isEmpty()) {
        failing = k;
        break;
      }
    }
    // What the conditions before the failing one matched (or all of them, when it fires).
    int holding = failing < 0 ? conditions.size() : failing;
    List<String> holdingLines = List.of();
    if (holding > 0) {
      MatchRecorder.Fired first = matches.get("prefix " + holding).get(0);
      holdingLines = Explainer.because(conditions.subList(0, holding), first, workingMemory);
    }
    for (int k = 0; k < conditions.size(); k++) {
      RuleConditions.Condition c = conditions.get(k);
      if (k < holding) {
        checks.add(new WhyNot.Check(c.text(), WhyNot.Status.HOLDS,
            k < holdingLines.size() ? List.of(holdingLines.get(k)) : List.of()));
      } else if (k == failing) {
        checks.add(new WhyNot.Check(c.text(), WhyNot.Status.FAILS, failure(c, k, matches)));
      } else {
        checks.add(new WhyNot.Check(c.text(), WhyNot.Status.NOT_REACHED, List.of()));
      }
    }
    return new WhyNot(ruleId, rule.ruleName(), rule.fileSource(), active, failing < 0, checks);
  }

  private List<RuleConditions.RuleText> find(String ruleId) {
    Set<String> ids = new TreeSet<>();
    List<RuleConditions.RuleText> found = new ArrayList<>();
    for (RuleConditions.RuleText r : explainer.conditions().rules().values()) {
      if (r.id().equals(ruleId)) {
        found.add(r);
      }
      ids.add(r.id());
    }
    if (!found.isEmpty()) {
      return found;
    }
    for (RuleInfo r : catalog.rules()) {
      ids.add(r.id());
    }
    String hint = Suggestions.nearest(ruleId, ids).map(s -> "; did you mean " + s + "?")
        .orElse("; `liaison rules` lists the IDs");
    throw new IllegalArgumentException("no rule has the ID " + ruleId + hint);
  }

  private static String prefix(List<RuleConditions.Condition> conditions, int k) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < k; i++) {
      sb.append(conditions.get(i).text()).append("\n  ");
    }
    return sb.toString();
  }

  private static void probe(StringBuilder drl, int[] count, String name, RuleConditions.RuleText rule, String when) {
    count[0]++;
    drl.append("\nrule \"").append(name).append("\"\n")
        .append("  @id(\"WHYNOT-PROBE-").append(count[0]).append("\") @section(\"§1\")")
        .append(" @explanation(\"A probe of ").append(rule.id()).append(" for why-not.\")\n");
    if (!rule.salience().isEmpty()) {
      drl.append("  salience ").append(rule.salience()).append('\n');
    }
    drl.append("when\n  ").append(when).append("\nthen\nend\n");
  }

  /** Compiles the rule set's files with the probes, assesses the statement, and returns each probe's matches. */
  private Map<String, List<MatchRecorder.Fired>> run(String probeFile, LiaisonStatement statement,
      Directory directory, LocalDate asOf, List<LiaisonStatement> related) {
    List<RuleFile> all = new ArrayList<>(files);
    all.add(new RuleFile("whynot-probes.drl", "why-not probes", probeFile));
    // Only the probes and any author files are compiled; the bundled files come precompiled, as
    // when an author folder is built (compiling them all again took seconds per question).
    RuleSetCompiler.Compiled compiled = new RuleSetCompiler().compileReusing(all, keptBundled, disabledIds());
    Assessor side = new Assessor(compiled.kieBase(), new RuleCatalog(compiled.rulesByName(), Map.of()));
    try {
      MatchRecorder recorder = new MatchRecorder();
      side.assess(statement, directory, asOf, related, dueSoonDays, recorder);
      workingMemory = recorder.workingMemory();
      Map<String, List<MatchRecorder.Fired>> byProbe = new LinkedHashMap<>();
      for (MatchRecorder.Fired f : recorder.fired()) {
        if (f.ruleName().startsWith("whynot ")) {
          byProbe.computeIfAbsent(f.ruleName(), n -> new ArrayList<>()).add(f);
        }
      }
      return byProbe;
    } finally {
      side.shutdown();
    }
  }

  private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");

  /** The IDs in the files that the rule set does not have active: its settings disabled them. */
  private Set<String> disabledIds() {
    Set<String> active = new HashSet<>();
    catalog.rules().forEach(r -> active.add(r.id()));
    Set<String> disabled = new LinkedHashSet<>();
    for (RuleFile f : files) {
      Matcher m = ID.matcher(f.text());
      while (m.find()) {
        if (!active.contains(m.group(1))) {
          disabled.add(m.group(1));
        }
      }
    }
    return disabled;
  }

  /** What makes the failing condition fail, in words and values. */
  private static List<String> failure(RuleConditions.Condition c, int k, Map<String, List<MatchRecorder.Fired>> matches) {
    List<String> out = new ArrayList<>();
    String type = c.factType();
    switch (c.kind()) {
      case NOT -> {
        List<MatchRecorder.Fired> found = matches.getOrDefault("pattern " + (k + 1), List.of());
        List<String> facts = new ArrayList<>();
        for (MatchRecorder.Fired f : found) {
          Object fact = last(f, type);
          String d = FactWords.describe(fact);
          if (!facts.contains(d) && facts.size() < 3) {
            facts.add(d);
          }
        }
        out.add("`" + c.text() + "` failed: there is " + (facts.isEmpty() ? "a matching " + type : String.join("; ", facts)));
      }
      case FACT, EXISTS -> {
        List<MatchRecorder.Fired> candidates = matches.getOrDefault("candidates " + (k + 1), List.of());
        if (candidates.isEmpty()) {
          out.add("there is no " + type + " at all" + (c.kind() == RuleConditions.Kind.FACT
              ? " (no rule made one for this statement, or the conditions before it leave none)" : ""));
          return out;
        }
        boolean anyFails = false;
        for (int j = 0; j < c.constraints().size(); j++) {
          String constraint = c.constraints().get(j);
          if (c.isBindingOnly(constraint)
              || !matches.getOrDefault("constraint " + (k + 1) + "." + (j + 1), List.of()).isEmpty()) {
            continue;
          }
          anyFails = true;
          out.add("`" + constraint + "` failed: " + values(constraint, candidates, type));
        }
        if (!anyFails) {
          List<String> each = new ArrayList<>();
          for (String constraint : c.constraints()) {
            if (!c.isBindingOnly(constraint)) {
              each.add(values(constraint, candidates, type));
            }
          }
          out.add("each constraint holds for some " + type + ", but no one " + type + " meets them all: "
              + String.join("; ", each));
        }
      }
      default -> out.add("`" + c.text() + "` does not hold");
    }
    return out;
  }

  /** "approvingGroupCount is 2", on each candidate fact (up to three) that is told apart. */
  private static String values(String constraint, List<MatchRecorder.Fired> candidates, String type) {
    List<String> paths = FactWords.paths(constraint);
    List<String> perFact = new ArrayList<>();
    Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (MatchRecorder.Fired f : candidates) {
      Object fact = last(f, type);
      if (fact == null || !seen.add(fact)) {
        continue;
      }
      if (perFact.size() == 3) {
        perFact.add("...");
        break;
      }
      List<String> readings = new ArrayList<>();
      for (String p : paths) {
        readings.add(FactWords.reading(fact, p, f.declarations()));
      }
      String r = readings.isEmpty() ? "false for " + FactWords.describe(fact) : String.join(", ", readings);
      perFact.add(!readings.isEmpty() && (seen.size() > 1 || candidates.size() > 1)
          ? "on " + FactWords.describe(fact) + ": " + r : r);
    }
    return perFact.isEmpty() ? "false" : String.join("; ", perFact);
  }

  private static Object last(MatchRecorder.Fired f, String type) {
    List<Object> facts = f.facts();
    for (int i = facts.size() - 1; i >= 0; i--) {
      if (Explainer.sameType(facts.get(i), type)) {
        return facts.get(i);
      }
    }
    return facts.isEmpty() ? null : facts.get(facts.size() - 1);
  }
}
