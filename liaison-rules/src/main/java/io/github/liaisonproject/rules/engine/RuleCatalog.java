package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.rules.RuleInfo;
import io.github.liaisonproject.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The active rules of a compiled rule set, by Drools rule name, with severity overrides by ID. */
public final class RuleCatalog {
  private final Map<String, RuleInfo> byName;
  private final Map<String, Severity> overrides;

  private final java.util.Set<String> rows;

  public RuleCatalog(Map<String, RuleInfo> byName, Map<String, Severity> overrides) {
    this(byName, overrides, java.util.Set.of());
  }

  /** @param rows names of rules that are further rows of a catalogue rule: listed once, by its first rule */
  public RuleCatalog(Map<String, RuleInfo> byName, Map<String, Severity> overrides, java.util.Set<String> rows) {
    this.byName = Map.copyOf(byName);
    this.overrides = Map.copyOf(overrides);
    this.rows = java.util.Set.copyOf(rows);
  }

  public RuleInfo info(String ruleName) {
    RuleInfo info = byName.get(ruleName);
    if (info == null) {
      throw new IllegalStateException("rule \"" + ruleName + "\" has no catalogue metadata");
    }
    return info;
  }

  public Optional<RuleInfo> find(String ruleName) {
    return Optional.ofNullable(byName.get(ruleName));
  }

  public Optional<Severity> override(String id) {
    return Optional.ofNullable(overrides.get(id));
  }

  /** The active rules with their effective severities, by concern then ID; a rule written in rows once. */
  public List<RuleInfo> rules() {
    List<RuleInfo> all = new ArrayList<>();
    for (RuleInfo r : byName.values()) {
      if (rows.contains(r.ruleName())) {
        continue;
      }
      Severity o = overrides.get(r.id());
      all.add(o == null ? r : new RuleInfo(r.id(), Optional.of(o), r.section(), r.explanation(), r.concern(),
          r.source(), r.ruleName()));
    }
    all.sort(Comparator.comparing(RuleInfo::concern).thenComparing(RuleInfo::id));
    return all;
  }
}
