package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.io.Suggestions;
import io.github.liaisonproject.rules.Explanation;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.Reason;
import io.github.liaisonproject.rules.WhyNot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code assess --explain} and {@code --why-not RULE-ID} add to an assessment: the reason for
 * each answer, and for each rule asked about, its conditions and which one failed. Text and JSON.
 */
final class ExplainOutput {
  private final Optional<Explanation> explanation;
  private final List<WhyNot> whyNots;

  private ExplainOutput(Optional<Explanation> explanation, List<WhyNot> whyNots) {
    this.explanation = explanation;
    this.whyNots = whyNots;
  }

  static boolean wanted(boolean explain, List<String> whyNot) {
    return explain || !whyNot.isEmpty();
  }

  /** Fails with "did you mean" for a rule ID no file of the rule set has, before anything is assessed. */
  static void requireKnown(LiaisonRules rules, List<String> ids) {
    if (ids.isEmpty()) {
      return; // nothing to look for: the rule files' text is not searched (every assess passes here)
    }
    TreeSet<String> known = new TreeSet<>();
    rules.rules().forEach(r -> known.add(r.id()));
    Pattern id = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");
    for (var f : rules.files()) { // var: the engine package is not exported, javadoc must not name it
      Matcher m = id.matcher(f.text());
      while (m.find()) {
        known.add(m.group(1));
      }
    }
    for (String i : ids) {
      if (!known.contains(i)) {
        throw new CliException("--why-not " + i + ": no rule has that ID"
            + Suggestions.nearest(i, known).map(s -> "; did you mean " + s + "?").orElse("; `liaison rules` lists them"));
      }
    }
  }

  static ExplainOutput of(LiaisonRules rules, LiaisonStatement statement, Directory directory, LocalDate asOf,
      List<LiaisonStatement> related, boolean explain, List<String> whyNot) {
    Optional<Explanation> e = explain ? Optional.of(rules.explain(statement, directory, asOf, related)) : Optional.empty();
    List<WhyNot> w = new ArrayList<>();
    for (String id : whyNot) {
      try {
        w.addAll(rules.whyNot(id, statement, directory, asOf, related));
      } catch (IllegalArgumentException ex) {
        throw new CliException("--why-not " + id + ": " + ex.getMessage(), ex);
      }
    }
    return new ExplainOutput(e, w);
  }

  String text(Ansi ansi) {
    StringBuilder sb = new StringBuilder();
    String nl = System.lineSeparator();
    explanation.ifPresent(e -> {
      sb.append(ansi.bold("Why:")).append(nl);
      for (Reason r : e.reasons()) {
        sb.append("  ").append(TerminalText.escape(r.ruleId())).append(' ')
            .append(ansi.dim("(" + TerminalText.escape(r.section()) + ", " + TerminalText.escape(r.source()) + ")"))
            .append(": ").append(TerminalText.escape(r.answer())).append(nl);
        for (String b : r.because()) {
          sb.append("      because ").append(TerminalText.escape(b)).append(nl);
        }
      }
    });
    for (WhyNot w : whyNots) {
      sb.append(ansi.bold("Why not")).append(' ').append(w);
    }
    return sb.toString();
  }

  void addTo(Map<String, Object> json) {
    explanation.ifPresent(e -> {
      List<Object> reasons = new ArrayList<>();
      for (Reason r : e.reasons()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("kind", r.kind().name());
        x.put("ruleId", r.ruleId());
        x.put("section", r.section());
        x.put("source", r.source());
        x.put("rule", r.ruleName());
        x.put("answer", r.answer());
        x.put("because", r.because());
        reasons.add(x);
      }
      json.put("explanation", reasons);
    });
    if (!whyNots.isEmpty()) {
      List<Object> list = new ArrayList<>();
      for (WhyNot w : whyNots) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("ruleId", w.ruleId());
        x.put("rule", w.ruleName());
        x.put("source", w.source());
        x.put("active", w.active());
        x.put("fires", w.fired());
        List<Object> conditions = new ArrayList<>();
        for (WhyNot.Check c : w.conditions()) {
          Map<String, Object> y = new LinkedHashMap<>();
          y.put("condition", c.condition());
          y.put("status", c.status().name());
          y.put("details", c.details());
          conditions.add(y);
        }
        x.put("conditions", conditions);
        list.add(x);
      }
      json.put("whyNot", list);
    }
  }

}
