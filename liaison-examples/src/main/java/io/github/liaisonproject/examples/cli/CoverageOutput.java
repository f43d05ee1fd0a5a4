package io.github.liaisonproject.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.cases.CaseResult;
import io.github.liaisonproject.rules.cases.CaseRunner;
import io.github.liaisonproject.rules.cases.CasesFile;
import io.github.liaisonproject.rules.cases.RuleCoverage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code check-rules DIR --coverage}: for every rule in force (the bundled rules with the folder's,
 * minus those it disables), whether a case asserts that it fires and one that it stays silent. The
 * folder's cases count, and so do the bundled cases, run against the folder's rule set (an assertion
 * that no longer holds there is not counted, and the count of such cases is shown).
 */
final class CoverageOutput {
  private final List<RuleCoverage.Ran> ran = new ArrayList<>();

  /** Keeps a folder cases file's results for the coverage. */
  void add(Path file, List<CaseResult> results) {
    CasesFile cases;
    try (InputStream in = Files.newInputStream(file)) {
      cases = CaseRunner.read(in);
    } catch (JsonProcessingException e) {
      throw new CliException(file + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read the file (" + e.getMessage() + ")", e);
    }
    ran.add(new RuleCoverage.Ran(file.toString(), cases, results));
  }

  /**
   * Prints the coverage and returns the exit code: {@link ExitCodes#FINDINGS} when it is below
   * {@code minPercent}, else {@link ExitCodes#OK}.
   */
  int report(PrintWriter out, LiaisonRules rules, Double minPercent) {
    if (minPercent != null) {
      requirePercentage(minPercent);
    }
    return report(out, rules, minPercent, RuleCoverage.runBundled(rules));
  }

  /** {@code --min-coverage} is a percentage. */
  static void requirePercentage(double minPercent) {
    if (minPercent < 0 || minPercent > 100) {
      throw new CliException("--min-coverage must be a percentage from 0 to 100, was " + minPercent);
    }
  }

  /** As {@link #report(PrintWriter, LiaisonRules, Double)}, with the bundled cases already run against the rules. */
  int report(PrintWriter out, LiaisonRules rules, Double minPercent, List<RuleCoverage.Ran> bundled) {
    if (minPercent != null) {
      requirePercentage(minPercent);
    }
    int bundledCases = 0;
    int bundledFailing = 0;
    for (RuleCoverage.Ran r : bundled) {
      for (CaseResult c : r.results()) {
        bundledCases++;
        if (!c.passed()) {
          bundledFailing++;
        }
      }
    }
    List<RuleCoverage.Ran> all = new ArrayList<>(bundled);
    all.addAll(ran);
    RuleCoverage coverage = RuleCoverage.of(rules.rules(), all);
    out.println();
    out.println(String.format(Locale.ROOT, "coverage: %d of %d rule(s) in force have a case where they fire and one where"
        + " they stay silent (%.1f%%)", coverage.covered().size(), coverage.entries().size(), coverage.percent()));
    for (RuleCoverage.Entry e : coverage.uncovered()) {
      String missing = e.neverExercised() ? "never exercised: no case asserts it fires or stays silent"
          : !e.firing() ? "no case asserts it fires" : "no case asserts it stays silent";
      out.println("  " + e.ruleId() + " (" + e.source() + "): " + missing);
    }
    List<String> never = coverage.neverExercised().stream().map(RuleCoverage.Entry::ruleId).toList();
    out.println("never exercised: " + (never.isEmpty() ? "none" : String.join(", ", never)));
    out.println("bundled cases run against these rules: " + bundledCases + ", of which " + bundledFailing
        + " no longer hold (their failed assertions are not counted)");
    if (minPercent != null && coverage.percent() < minPercent) {
      out.println(String.format(Locale.ROOT, "FAIL coverage %.1f%% is below --min-coverage %s%%", coverage.percent(),
          minPercent % 1 == 0 ? String.valueOf(minPercent.intValue()) : String.valueOf(minPercent)));
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }
}
