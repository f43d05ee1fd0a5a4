package io.github.liaisonproject.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleProblem;
import io.github.liaisonproject.rules.RuleSetException;
import io.github.liaisonproject.rules.cases.CaseResult;
import io.github.liaisonproject.rules.cases.CaseRunner;
import io.github.liaisonproject.rules.cases.CasesFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code liaison check-rules DIR}: compiles the standard rule files with an author folder's
 * {@code *.drl}, then runs the folder's {@code *.cases.yaml}. Steps are methods so that later
 * checks (a lint, a settings file) slot in between.
 */
@Command(name = "check-rules", mixinStandardHelpOptions = true,
    description = {"Checks an author folder of rule files and cases.",
        "Compiles the standard rule files plus DIR/*.drl (problems as",
        "file:line:column: message), then runs DIR/*.cases.yaml and prints each failing case."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the files compile and every case passes", "1:a case fails (or coverage is below --min-coverage)",
        "2:a rule file does not compile, or a file cannot be read"})
final class CheckRulesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "the author folder (*.drl and *.cases.yaml files)")
  Path dir;

  @picocli.CommandLine.Option(names = "--coverage",
      description = "for every rule in force: is there a case where it fires and one where it stays silent")
  boolean coverage;

  @picocli.CommandLine.Option(names = "--min-coverage", paramLabel = "N",
      description = "exit 1 when fewer than N percent of the rules in force are covered (implies --coverage)")
  Double minCoverage;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs.requireFolder(dir, "rules folder");
    List<Path> drls = Inputs.filesEndingWith(dir, ".drl");
    List<Path> casesFiles = Inputs.filesEndingWith(dir, ".cases.yaml");
    if (drls.isEmpty() && casesFiles.isEmpty()) {
      out.println(dir + ": no *.drl or *.cases.yaml files; nothing to check");
      return ExitCodes.OK;
    }
    LiaisonRules rules;
    try {
      rules = compile();
    } catch (RuleSetException e) {
      for (RuleProblem p : e.problems()) {
        err.println(p);
      }
      err.println(e.problems().size() + " problem(s); the rule files do not compile");
      return ExitCodes.BAD_INPUT;
    }
    out.println("compiled: " + drls.size() + " rule file(s) from " + dir + " with the standard files ("
        + rules.rules().size() + " active rules)");
    int cases = 0;
    int failed = 0;
    CoverageOutput coverageOutput = coverage || minCoverage != null ? new CoverageOutput() : null;
    for (Path file : casesFiles) {
      List<CaseResult> results = runCases(rules, file);
      if (coverageOutput != null) {
        coverageOutput.add(file, results);
      }
      for (CaseResult r : results) {
        cases++;
        if (!r.passed()) {
          failed++;
          out.println("FAIL " + file + " case " + (r.index() + 1) + ": " + r.description());
          for (String m : r.mismatches()) {
            out.println("  - " + m);
          }
        }
      }
    }
    out.println(cases + " case(s) in " + casesFiles.size() + " file(s): " + (cases - failed) + " passed, " + failed
        + " failed");
    int coverageCode = coverageOutput == null ? ExitCodes.OK : coverageOutput.report(out, rules, minCoverage);
    out.flush();
    return failed > 0 ? ExitCodes.FINDINGS : coverageCode;
  }

  /** Step 1: the standard files plus the folder's. */
  LiaisonRules compile() {
    return Inputs.rules(dir, null);
  }

  /** Step 2: one cases file; its directory path is relative to it. */
  List<CaseResult> runCases(LiaisonRules rules, Path file) {
    CasesFile cases;
    try (InputStream in = Files.newInputStream(file)) {
      cases = CaseRunner.read(in);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? file + ":" : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ":";
      throw new CliException(where + " " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read the file (" + e.getMessage() + ")", e);
    }
    try {
      return new CaseRunner(rules).run(file.toString(), cases, name -> directory(file, cases, name));
    } catch (InvalidStatementException e) {
      throw new CliException(file + ": a case's statement or directory is malformed: " + e.getMessage(), e);
    }
  }

  private static Directory directory(Path casesFile, CasesFile cases, String name) {
    Path base = casesFile.toAbsolutePath().getParent();
    Path path = base.resolve(name);
    if (!Files.exists(path) && cases.directory() == null) {
      return Samples.directory(); // no directory named and none next to it: the bundled sample
    }
    if (!Files.exists(path)) {
      throw new CliException(casesFile + ": directory \"" + name + "\" not found (looked for " + path + ")");
    }
    try {
      return LiaisonFiles.readDirectory(path);
    } catch (LiaisonInputException e) {
      throw new CliException(e.getMessage(), e);
    }
  }
}
