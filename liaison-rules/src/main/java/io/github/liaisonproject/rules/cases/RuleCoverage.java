package io.github.liaisonproject.rules.cases;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which rules the cases exercise: for every rule ID in force, whether some case asserts that it
 * fires ({@code fires}, or a {@code severity}, {@code obligations} or {@code proposals} entry
 * naming it) and some case that it stays silent ({@code silent}), counting only assertions that
 * held when the cases ran. A rule is covered when it has both. Immutable and thread-safe.
 */
public final class RuleCoverage {
  /**
   * One cases file and what running it gave: an immutable value.
   *
   * @param file the cases file's name, for reports
   * @param cases the cases file
   * @param results one result per case, in order; unmodifiable
   */
  public record Ran(String file, CasesFile cases, List<CaseResult> results) {
    /**
     * Checks that there is one result per case.
     *
     * @param file the cases file's name, for reports
     * @param cases the cases file
     * @param results one result per case, in order; unmodifiable
     * @throws IllegalArgumentException when the counts differ
     */
    public Ran {
      if (cases.cases().size() != results.size()) {
        throw new IllegalArgumentException(file + ": " + results.size() + " results for " + cases.cases().size() + " cases");
      }
      results = List.copyOf(results);
    }
  }

  /**
   * One rule's coverage: the cases ("file case n") that assert it fires and that it stays silent.
   *
   * @param ruleId the rule's catalogue ID
   * @param source the rule's file
   * @param firingCases the cases asserting it fires; unmodifiable
   * @param silentCases the cases asserting it stays silent; unmodifiable
   */
  public record Entry(String ruleId, String source, List<String> firingCases, List<String> silentCases) {
    /**
     * Copies the lists.
     *
     * @param ruleId the rule's catalogue ID
     * @param source the rule's file
     * @param firingCases the cases asserting it fires; unmodifiable
     * @param silentCases the cases asserting it stays silent; unmodifiable
     * @throws NullPointerException when a list or an element is null
     */
    public Entry {
      firingCases = List.copyOf(firingCases);
      silentCases = List.copyOf(silentCases);
    }

    /** {@return true when some case asserts the rule fires} */
    public boolean firing() { return !firingCases.isEmpty(); }
    /** {@return true when some case asserts the rule stays silent} */
    public boolean silent() { return !silentCases.isEmpty(); }
    /** {@return true when the rule has both a firing and a silent case} */
    public boolean covered() { return firing() && silent(); }
    /** {@return true when the rule has neither a firing nor a silent case} */
    public boolean neverExercised() { return !firing() && !silent(); }
  }

  private final List<Entry> entries;

  private RuleCoverage(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * {@return the coverage of the given rules (those in force) by the cases run}
   * @param rules the rules in force; not null
   * @param ran the cases files run; not null
   */
  public static RuleCoverage of(Collection<RuleInfo> rules, List<Ran> ran) {
    Map<String, List<String>> firing = new TreeMap<>();
    Map<String, List<String>> silent = new TreeMap<>();
    for (Ran r : ran) {
      for (int i = 0; i < r.cases().cases().size(); i++) {
        Case c = r.cases().cases().get(i);
        CaseResult result = r.results().get(i);
        String where = r.file() + " case " + (i + 1);
        for (String id : assertedFiring(c.expect())) {
          if (result.fired().contains(id)) {
            firing.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
          }
        }
        for (String id : c.expect().silentOrEmpty()) {
          if (!result.fired().contains(id)) {
            silent.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
          }
        }
      }
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<RuleInfo> sorted = new ArrayList<>(rules);
    sorted.sort(java.util.Comparator.comparing(RuleInfo::id));
    for (RuleInfo info : sorted) {
      if (seen.add(info.id())) {
        entries.add(new Entry(info.id(), info.source(), firing.getOrDefault(info.id(), List.of()),
            silent.getOrDefault(info.id(), List.of())));
      }
    }
    return new RuleCoverage(entries);
  }

  /** The IDs a case asserts fire. */
  static Set<String> assertedFiring(Expectation e) {
    Set<String> ids = new LinkedHashSet<>(e.firesOrEmpty());
    if (e.severity() != null) {
      ids.addAll(e.severity().keySet());
    }
    if (e.obligations() != null) {
      e.obligations().forEach(o -> ids.add(o.rule()));
    }
    if (e.proposals() != null) {
      e.proposals().forEach(p -> ids.add(p.rule()));
    }
    return ids;
  }

  /** {@return every rule in force, by ID; unmodifiable} */
  public List<Entry> entries() {
    return entries;
  }

  /** {@return the rules with a firing and a silent case} */
  public List<Entry> covered() {
    return entries.stream().filter(Entry::covered).toList();
  }

  /** {@return the rules missing a firing or a silent case (or both)} */
  public List<Entry> uncovered() {
    return entries.stream().filter(e -> !e.covered()).toList();
  }

  /** {@return the rules no case exercises at all} */
  public List<Entry> neverExercised() {
    return entries.stream().filter(Entry::neverExercised).toList();
  }

  /** {@return the share of rules covered, in percent (100 when there are no rules)} */
  public double percent() {
    return entries.isEmpty() ? 100.0 : 100.0 * covered().size() / entries.size();
  }

  // ---- the bundled cases ------------------------------------------------------------------------

  /**
   * {@return the bundled cases files by name ({@code approval.cases.yaml}), in the concerns' order, read anew
   * on each call}
   * @throws java.io.UncheckedIOException when a bundled file cannot be read (a broken build)
   */
  public static Map<String, CasesFile> bundledCases() {
    Map<String, CasesFile> files = new java.util.LinkedHashMap<>();
    for (String concern : LiaisonRules.CONCERNS) {
      String name = concern + ".cases.yaml";
      try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + name)) {
        if (in != null) {
          files.put(name, CaseRunner.read(in));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled " + name + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  /**
   * {@return a directory file next to the bundled cases ({@code directory.yaml})}
   * @param relative the file's name; not null
   * @throws IllegalArgumentException when there is no such file
   */
  public static Directory bundledDirectory(String relative) {
    try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + relative)) {
      if (in == null) {
        throw new IllegalArgumentException("no directory file " + relative + " next to the bundled cases");
      }
      return CaseRunner.readDirectory(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the bundled cases run against a rule set (the standard one, or one changed by an author folder),
   * one per cases file}
   * @param rules the rule set; not null
   */
  public static List<Ran> runBundled(LiaisonRules rules) {
    CaseRunner runner = new CaseRunner(rules);
    List<Ran> ran = new ArrayList<>();
    bundledCases().forEach((name, file) ->
        ran.add(new Ran("bundled:" + name, file, runner.run(name, file, RuleCoverage::bundledDirectory))));
    return ran;
  }
}
