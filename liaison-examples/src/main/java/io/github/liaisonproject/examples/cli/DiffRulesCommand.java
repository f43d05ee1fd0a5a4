package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleSetDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code liaison diff-rules --rules A [--rules B] CORPUS...}: what a rule change does before it
 * ships. Assesses every statement of the corpus with rule set B (the baseline: the bundled rules
 * unless a second --rules is given) and rule set A (the candidate), and reports per rule ID how
 * many statements gain or lose a finding, decision or obligation, with examples, and every
 * statement whose verdict flips.
 */
@Command(name = "diff-rules", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Shows what a rule change does to real statements before it ships.",
        "Assesses the CORPUS with the baseline rules (the bundled ones, or the second --rules) and",
        "with the candidate (the first --rules), and reports per rule ID the statements that gain or",
        "lose a finding, decision or obligation (with up to three examples), and the verdicts that flip.",
        "CORPUS: statement files or folders, folders of saved Datatracker API responses or JSON arrays",
        "of Datatracker records (as `audit` reads them),",
        "or generated:N[:SEED] (N generated statements)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:compared (no verdict flips, with --fail-on-change)", "1:a verdict flips (with --fail-on-change)",
        "2:bad input or usage, or a rule folder that does not compile"})
final class DiffRulesCommand implements Callable<Integer> {
  /** Flips listed in the text output; the JSON lists all. */
  static final int FLIPS_SHOWN = 20;

  @Spec
  CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", required = true,
      description = "the candidate author folder; give it twice (A then B) to compare two folders, else B is the bundled rules")
  List<Path> rules;

  @Parameters(arity = "1..*", paramLabel = "CORPUS",
      description = "statement files or folders, Datatracker API folders or record arrays, or generated:N[:SEED]")
  List<String> corpus;

  @Option(names = "--directory", paramLabel = "FILE",
      description = "the directory of roles (default: the bundled sample directory)")
  Path directory;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "the day statement files are assessed as of (default: today; records use their own dates)")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
  AssessCommand.OutputFormat format = AssessCommand.OutputFormat.TEXT;

  @Option(names = "--fail-on-change", description = "exit 1 when any statement's verdict flips (for a policy repository's CI)")
  boolean failOnChange;

  @Option(names = "--no-color", description = "no ANSI colour, even on a terminal")
  boolean noColor;

  @Override
  public Integer call() {
    if (rules.size() > 2) {
      throw new CliException("--rules is given " + rules.size() + " times: give the candidate folder, and at most one"
          + " baseline folder (without it the baseline is the bundled rules)");
    }
    Directory dir = Inputs.directory(directory);
    LiaisonRules candidate = Inputs.rulesOrFail(rules.get(0), null);
    LiaisonRules baseline = rules.size() == 2 ? Inputs.rulesOrFail(rules.get(1), null) : LiaisonRules.standard();
    List<RuleSetDiff.Item> items = Corpus.read(corpus, dir, directory != null, asOf != null ? asOf : LocalDate.now());
    RuleSetDiff diff;
    try {
      diff = RuleSetDiff.compare(baseline, candidate, items, dir);
    } catch (InvalidStatementException e) {
      throw new CliException("a statement of the corpus is malformed: " + e.getMessage(), e);
    }
    String a = rules.get(0).toString();
    String b = rules.size() == 2 ? rules.get(1).toString() : "the bundled rules";
    PrintWriter out = spec.commandLine().getOut();
    if (format == AssessCommand.OutputFormat.JSON) {
      out.print(AssessmentJson.write(json(a, b, diff)));
    } else {
      Ansi ansi = Ansi.auto(noColor);
      out.print(TerminalText.lines(text(a, b, diff, ansi), ansi.on()));
    }
    out.flush();
    return failOnChange && !diff.flips().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  static String text(String candidate, String baseline, RuleSetDiff diff, Ansi ansi) {
    StringBuilder sb = new StringBuilder();
    String nl = System.lineSeparator();
    sb.append(ansi.bold("diff-rules: " + TerminalText.escape(candidate) + " against " + TerminalText.escape(baseline))).append(", ").append(diff.statements())
        .append(" statement(s)").append(nl);
    sb.append("Verdicts that flip: ").append(diff.flips().size()).append(" (not ready -> ready: ")
        .append(diff.nowReady().size()).append(", ready -> not ready: ").append(diff.nowBlocked().size()).append(')')
        .append(nl);
    int shown = 0;
    for (RuleSetDiff.Flip f : diff.flips()) {
      if (shown++ == FLIPS_SHOWN) {
        sb.append("  ... ").append(diff.flips().size() - FLIPS_SHOWN).append(" more (--format json lists all)").append(nl);
        break;
      }
      sb.append("  ").append(f.readyAfter() ? ansi.green("not ready -> ready") : ansi.red("ready -> not ready"))
          .append("  ").append(TerminalText.escape(f.label())).append("  (errors before: ").append(list(f.errorsBefore()))
          .append("; after: ").append(list(f.errorsAfter())).append(')').append(nl);
    }
    sb.append("Answers by rule (statements that gain / lose an answer):").append(nl);
    if (diff.changes().isEmpty()) {
      sb.append("  none: every statement gets the same answers").append(nl);
    }
    for (RuleSetDiff.Change c : diff.changes()) {
      sb.append(String.format(Locale.ROOT, "  %-36s %-10s +%-5d -%-5d", TerminalText.escape(c.ruleId()),
          c.kind().name().toLowerCase(Locale.ROOT), c.gained(), c.lost()));
      List<String> ex = new ArrayList<>();
      if (!c.gainedExamples().isEmpty()) {
        ex.add("gained: " + String.join(", ", c.gainedExamples()));
      }
      if (!c.lostExamples().isEmpty()) {
        ex.add("lost: " + String.join(", ", c.lostExamples()));
      }
      sb.append(TerminalText.escape(String.join("; ", ex))).append(nl);
    }
    return sb.toString();
  }

  private static String list(List<String> ids) {
    return ids.isEmpty() ? "none" : TerminalText.escape(String.join(", ", ids));
  }

  static Map<String, Object> json(String candidate, String baseline, RuleSetDiff diff) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("candidate", candidate);
    m.put("baseline", baseline);
    m.put("statements", diff.statements());
    Map<String, Object> flips = new LinkedHashMap<>();
    flips.put("total", diff.flips().size());
    flips.put("nowReady", diff.nowReady().size());
    flips.put("nowBlocked", diff.nowBlocked().size());
    List<Object> list = new ArrayList<>();
    for (RuleSetDiff.Flip f : diff.flips()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("statement", f.label());
      x.put("readyBefore", f.readyBefore());
      x.put("readyAfter", f.readyAfter());
      x.put("errorsBefore", f.errorsBefore());
      x.put("errorsAfter", f.errorsAfter());
      list.add(x);
    }
    flips.put("statements", list);
    m.put("flips", flips);
    List<Object> changes = new ArrayList<>();
    for (RuleSetDiff.Change c : diff.changes()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("ruleId", c.ruleId());
      x.put("kind", c.kind().name());
      x.put("gained", c.gained());
      x.put("gainedExamples", c.gainedExamples());
      x.put("lost", c.lost());
      x.put("lostExamples", c.lostExamples());
      changes.add(x);
    }
    m.put("changes", changes);
    return m;
  }
}
