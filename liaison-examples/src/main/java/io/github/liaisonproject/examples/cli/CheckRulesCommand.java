package io.github.liaisonproject.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import io.github.liaisonproject.rules.AuthorFolder;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleProblem;
import io.github.liaisonproject.rules.RuleSetException;
import io.github.liaisonproject.rules.cases.CaseResult;
import io.github.liaisonproject.rules.cases.CaseRunner;
import io.github.liaisonproject.rules.cases.CasesFile;
import io.github.liaisonproject.rules.cases.RuleCoverage;
import java.io.IOException;
import io.github.liaisonproject.model.io.SafeFiles;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code liaison check-rules DIR}: checks an author folder in the order a policy author fixes
 * things: its {@code settings.yaml} (keys, rule IDs, severities), then its {@code *.drl} compiled
 * with the bundled files, then the cases: the folder's {@code *.cases.yaml}, and the bundled cases
 * of every bundled file the folder replaces, unless the folder has a cases file of the same name.
 * Without DIR: the standard rule set and its own bundled cases (with {@code --coverage}, their
 * coverage of it).
 */
@Command(name = "check-rules", mixinStandardHelpOptions = true,
    description = {"Checks an author folder of rule files, settings and cases:",
        "1. settings.yaml: unknown keys, rule IDs and severities (with the nearest valid one);",
        "2. the standard rule files plus DIR/*.drl compile (problems as file:line:column: message);",
        "3. DIR/*.cases.yaml run, and so do the bundled cases of each bundled file DIR replaces",
        "   (DIR/approval.drl: the bundled approval.cases.yaml), unless DIR has a cases file of the",
        "   same name: that file then states how your replacement behaves instead.",
        "Without DIR: the standard rule set's own bundled cases (--coverage: its coverage)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the settings are valid, the files compile and every case passes", "1:a case fails, or coverage is below --min-coverage",
        "2:a setting is wrong, a rule file does not compile, or a file cannot be read"},
    footer = {"", "Examples:", "  liaison check-rules liaison-examples/author-folders/any-approver",
        "  liaison check-rules --min-coverage 100      (the bundled rule set)"})
final class CheckRulesCommand implements Callable<Integer> {
  /** Where the bundled files are in this repository, for the hint on copying bundled cases. */
  static final String BUNDLED_SOURCE = "liaison-rules/src/main/resources/io/github/liaisonproject/rules/standard/";

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR",
      description = "the author folder (*.drl, *.cases.yaml and settings.yaml); none: the bundled rule set")
  Path dir;

  @picocli.CommandLine.Option(names = "--coverage",
      description = "for every rule in force: is there a case where it fires and one where it stays silent")
  boolean coverage;

  @picocli.CommandLine.Option(names = "--min-coverage", paramLabel = "N",
      description = "exit 1 when fewer than N percent of the rules in force are covered (implies --coverage)")
  Double minCoverage;

  /** A cases file to run: the folder's own, or a bundled one (read from the class path). */
  record CasesSource(String name, Path file, String bundledName, String replacedBy) {
    boolean bundled() {
      return bundledName != null;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (dir == null) {
      return checkBundled(out);
    }
    Inputs.requireFolder(dir, "rules folder");
    // text only: names, rule metadata, case descriptions and messages come from the folder
    out = TerminalText.writer(out);
    err = TerminalText.writer(err);
    List<Path> drls = Inputs.filesEndingWith(dir, ".drl");
    List<Path> casesFiles = Inputs.filesEndingWith(dir, ".cases.yaml");
    boolean hasSettings = Files.isRegularFile(dir.resolve(AuthorFolder.SETTINGS));
    if (drls.isEmpty() && casesFiles.isEmpty() && !hasSettings) {
      out.println(dir + ": no *.drl, *.cases.yaml or settings.yaml files; nothing to check");
      return ExitCodes.OK;
    }

    // 1. settings.yaml; when it is wrong, the rule files are still compiled (without it) so that
    // every problem is reported at once.
    List<RuleProblem> problems = new ArrayList<>(SettingsCheck.check(dir));
    boolean settingsValid = problems.isEmpty();
    LiaisonRules rules = null;
    try {
      rules = settingsValid ? Inputs.rules(dir, null) : withoutSettings(drls);
    } catch (RuleSetException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      for (RuleProblem p : problems) {
        err.println(p);
      }
      err.println(problems.size() + " problem(s); " + (settingsValid ? "the rule files do not compile"
          : rules == null ? "fix settings.yaml and the rule files"
          : drls.isEmpty() ? "fix settings.yaml" : "fix settings.yaml (the rule files compile)"));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    out.println("compiled: " + drls.size() + " rule file(s) from " + dir + " with the standard files ("
        + rules.rules().size() + " active rules" + (hasSettings ? ", settings.yaml applied" : "") + ")");

    // 3. cases
    List<CasesSource> sources = casesSources(drls, casesFiles);
    int cases = 0;
    int failed = 0;
    CoverageOutput coverageOutput = coverage || minCoverage != null ? new CoverageOutput() : null;
    List<CasesSource> failedBundled = new ArrayList<>();
    for (CasesSource source : sources) {
      if (source.bundled()) {
        out.println("running the bundled cases of " + source.bundledName().replace(".cases.yaml", ".drl") + ", which "
            + source.replacedBy() + " replaces: " + source.name());
      }
      List<CaseResult> results = runCases(rules, source);
      boolean anyFailed = false;
      if (coverageOutput != null && !source.bundled()) {
        coverageOutput.add(source.file(), results);
      }
      for (CaseResult r : results) {
        cases++;
        if (!r.passed()) {
          failed++;
          anyFailed = true;
          out.println("FAIL " + source.name() + " case " + (r.index() + 1) + ": " + TerminalText.escape(r.description()));
          for (String m : r.mismatches()) {
            out.println("  - " + TerminalText.escape(m));
          }
        }
      }
      if (anyFailed && source.bundled()) {
        failedBundled.add(source);
      }
    }
    for (CasesSource s : failedBundled) {
      out.println("note: " + s.name() + " states what the bundled " + s.bundledName().replace(".cases.yaml", ".drl")
          + " does, and " + s.replacedBy() + " does otherwise. If that is your policy, copy " + BUNDLED_SOURCE
          + s.bundledName() + " to " + dir.resolve(s.bundledName()) + " and change the cases your policy changes:"
          + " a cases file named like a bundled one replaces its bundled cases.");
    }
    out.println(cases + " case(s) in " + sources.size() + " file(s): " + (cases - failed) + " passed, " + failed
        + " failed");
    int coverageCode = coverageOutput == null ? ExitCodes.OK : coverageOutput.report(out, rules, minCoverage);
    out.flush();
    return failed > 0 ? ExitCodes.FINDINGS : coverageCode;
  }

  /** No folder: the standard rule set, its bundled cases and, when asked, their coverage of it. */
  private int checkBundled(PrintWriter out) {
    // the range is checked before the cases run, as it is with a folder before its coverage
    CoverageOutput coverageOutput = coverage || minCoverage != null ? new CoverageOutput() : null;
    if (minCoverage != null) {
      CoverageOutput.requirePercentage(minCoverage);
    }
    LiaisonRules rules = LiaisonRules.standard();
    out.println("the standard rule set: " + LiaisonRules.CONCERNS.size() + " bundled rule files (" + rules.rules().size()
        + " active rules)");
    List<RuleCoverage.Ran> bundled = RuleCoverage.runBundled(rules);
    int cases = 0;
    int failed = 0;
    for (RuleCoverage.Ran ran : bundled) {
      for (CaseResult r : ran.results()) {
        cases++;
        if (!r.passed()) {
          failed++;
          out.println("FAIL " + ran.file() + " case " + (r.index() + 1) + ": " + r.description());
          for (String m : r.mismatches()) {
            out.println("  - " + m);
          }
        }
      }
    }
    out.println(cases + " case(s) in " + bundled.size() + " file(s): " + (cases - failed) + " passed, " + failed
        + " failed");
    int coverageCode = coverageOutput == null ? ExitCodes.OK : coverageOutput.report(out, rules, minCoverage, bundled);
    out.flush();
    return failed > 0 ? ExitCodes.FINDINGS : coverageCode;
  }

  /** The folder's rule files alone, to report their problems while settings.yaml is wrong. */
  private static LiaisonRules withoutSettings(List<Path> drls) {
    LiaisonRules.Builder builder = LiaisonRules.builder();
    for (Path f : drls) {
      builder.ruleFile(f.getFileName().toString(), Inputs.read(f), f.toString());
    }
    return builder.build();
  }

  /**
   * The folder's cases files, then the bundled cases of each bundled file the folder replaces whose
   * cases it does not replace too.
   */
  List<CasesSource> casesSources(List<Path> drls, List<Path> casesFiles) {
    List<CasesSource> sources = new ArrayList<>();
    for (Path f : casesFiles) {
      sources.add(new CasesSource(f.toString(), f, null, null));
    }
    for (Path drl : drls) {
      String name = drl.getFileName().toString();
      String concern = name.substring(0, name.length() - ".drl".length());
      String casesName = concern + ".cases.yaml";
      if (LiaisonRules.CONCERNS.contains(concern) && !Files.exists(dir.resolve(casesName))
          && LiaisonRules.class.getResource(LiaisonRules.BUNDLED_PATH + casesName) != null) {
        sources.add(new CasesSource("bundled:" + casesName, null, casesName, drl.toString()));
      }
    }
    return sources;
  }

  /** One cases file; its directory path is relative to it. */
  List<CaseResult> runCases(LiaisonRules rules, CasesSource source) {
    CasesFile cases;
    try (InputStream in = source.bundled()
        ? LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + source.bundledName())
        : new java.io.ByteArrayInputStream(io.github.liaisonproject.model.io.SafeFiles.read(source.file(),
            io.github.liaisonproject.model.io.SafeFiles.DEFAULT_MAX_BYTES))) {
      cases = CaseRunner.read(in);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? source.name() + ":" : source.name() + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ":";
      throw new CliException(where + " " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CliException(source.name() + ": cannot read the file (" + e.getMessage() + ")", e);
    }
    try {
      return new CaseRunner(rules).run(source.name(), cases, name -> directory(source, cases, name));
    } catch (InvalidStatementException e) {
      throw new CliException(source.name() + ": a case's statement or directory is malformed: " + e.getMessage(), e);
    }
  }

  /**
   * A cases file's directory: the file it names, next to it; for a bundled cases file, or a copy of
   * one whose directory file was not copied along, the bundled file of that name; the bundled
   * sample directory when the cases name none.
   */
  private static Directory directory(CasesSource source, CasesFile cases, String name) {
    if (!source.bundled()) {
      Path path = source.file().toAbsolutePath().getParent().resolve(name);
      if (Files.exists(path)) {
        try {
          // a cases file names a directory file next to it (or below): never a path out of its folder
          SafeFiles.requireInside(source.file().toAbsolutePath().getParent(), path);
        } catch (java.io.IOException e) {
          throw new CliException(source.name() + ": directory \"" + name + "\" is refused: it " + e.getMessage(), e);
        }
        try {
          return LiaisonFiles.readDirectory(path);
        } catch (LiaisonInputException e) {
          throw new CliException(e.getMessage(), e);
        }
      }
      if (cases.directory() == null) {
        return Samples.directory(); // no directory named and none next to it: the bundled sample
      }
    }
    try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + name)) {
      if (in != null) {
        return CaseRunner.readDirectory(in);
      }
    } catch (IOException e) {
      throw new CliException(source.name() + ": the bundled directory " + name + " cannot be read: " + e.getMessage(), e);
    }
    if (source.bundled() && cases.directory() == null) {
      return Samples.directory();
    }
    throw new CliException(source.name() + ": directory \"" + name + "\" not found (looked for "
        + source.file().toAbsolutePath().getParent().resolve(name) + " and a bundled " + name + ")");
  }
}
