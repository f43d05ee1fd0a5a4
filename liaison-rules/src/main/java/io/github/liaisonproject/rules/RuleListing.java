package io.github.liaisonproject.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The active rules as text, JSON or a Markdown page for policy authors: generated from the rule
 * files' own metadata, so the listing cannot drift from the rules.
 */
public final class RuleListing {
  private RuleListing() {}

  /**
   * {@return one line per rule: ID, severity ("-" for none), section, explanation, source}
   * @param rules the rules, as {@link LiaisonRules#rules()} gives them; not null
   */
  public static String text(List<RuleInfo> rules) {
    StringBuilder sb = new StringBuilder();
    for (RuleInfo r : rules) {
      sb.append(String.format("%-36s %-9s %-18s %s [%s]%n", r.id(), severity(r), r.section(), r.explanation(),
          r.source()));
    }
    return sb.toString();
  }

  /**
   * {@return a JSON array of objects with id, severity (null for decisions and obligations), section,
   * explanation, concern, source; ends with a line break}
   * @param rules the rules; not null
   */
  public static String json(List<RuleInfo> rules) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RuleInfo r : rules) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("severity", r.severity().map(Enum::name).orElse(null));
      m.put("section", r.section());
      m.put("explanation", r.explanation());
      m.put("concern", r.concern());
      m.put("source", r.source());
      out.add(m);
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@return a Markdown page: one table per concern, in the order of {@code rules}}
   * @param rules the rules; not null
   */
  public static String markdown(List<RuleInfo> rules) {
    StringBuilder sb = new StringBuilder();
    sb.append("# The active rules\n\n")
        .append("Generated from the rule files' metadata (`@id`, `@section`, `@severity`, `@explanation`); ")
        .append("do not edit by hand. Severity \"-\" marks rules that decide (approvers, delivery, document ")
        .append("verdicts) or oblige (who must do what, by when) without reporting a finding.\n");
    String concern = null;
    for (RuleInfo r : rules) {
      if (!r.concern().equals(concern)) {
        concern = r.concern();
        sb.append("\n## ").append(concern).append(" (").append(r.source()).append(")\n\n")
            .append("| ID | Severity | Section | What it checks |\n|---|---|---|---|\n");
      }
      sb.append("| ").append(r.id()).append(" | ").append(severity(r)).append(" | ").append(r.section())
          .append(" | ").append(r.explanation().replace("|", "\\|")).append(" |\n");
    }
    return sb.toString();
  }

  private static String severity(RuleInfo r) {
    return r.severity().map(Enum::name).orElse("-");
  }
}
