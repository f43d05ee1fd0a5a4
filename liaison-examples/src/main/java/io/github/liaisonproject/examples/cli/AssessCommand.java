package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code liaison assess FILE...}: assesses statement files and prints the answers. */
@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Assesses statement files and prints findings, approvers, delivery and obligations.",
        "Files are JSON or YAML; a file may hold one statement or a list.",
        "Statements given together are related by id: a reply among them discharges its original's response."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every statement is ready", "1:a statement has ERROR findings", "2:bad input or usage",
        "4:a rule failed or the rules went past their firing limit, deadline or allocation limit (the answer is incomplete)"},
    footer = {"", "Examples:", "  liaison assess --as-of 2026-03-01 statement.yaml",
        "  liaison assess --related original.yaml reply.yaml",
        "  liaison assess reply.yaml --related original.yaml      (the same)",
        "  liaison assess --format json --rules my-policy/ *.yaml"})
final class AssessCommand implements Callable<Integer> {
  enum OutputFormat { TEXT, JSON }

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "statement files (.json, .yaml, .yml)")
  List<Path> files;

  @Option(names = "--directory", paramLabel = "FILE",
      description = "the directory of roles (default: the bundled sample directory)")
  Path directory;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the day \"today\" is, YYYY-MM-DD (default: today)")
  LocalDate asOf;

  // One file per --related (repeat it for more), so that a statement file after it stays a FILE:
  // `assess --related ORIG REPLY` and `assess REPLY --related ORIG` mean the same.
  @Option(names = "--related", arity = "1", paramLabel = "FILE",
      description = {"a statement these are related to (an original they answer, a reply to them);",
          "repeat for more: --related A --related B"})
  List<Path> related = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "DIR",
      description = "an author folder: its *.drl files are added (a file named like a bundled one replaces it)")
  Path rules;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text)")
  OutputFormat format = OutputFormat.TEXT;

  @Option(names = "--due-soon-days", paramLabel = "N", description = "the RESPONSE-DUE-SOON window in days (default: 14)")
  Integer dueSoonDays;

  @Option(names = "--no-color", description = "no ANSI colour, even on a terminal")
  boolean noColor;

  @Option(names = "--explain",
      description = "for every finding, decision and obligation: the rule that made it and the facts it matched")
  boolean explain;

  @Option(names = "--why-not", paramLabel = "RULE-ID",
      description = "for a rule that did not fire: which of its conditions failed, with the values (repeatable)")
  List<String> whyNot = new ArrayList<>();

  private record Input(String file, LiaisonStatement statement) {}

  @Override
  public Integer call() {
    List<Input> inputs = new ArrayList<>();
    for (Path f : files) {
      Inputs.statements(f).forEach(s -> inputs.add(new Input(f.toString(), s)));
    }
    List<LiaisonStatement> relatedStatements = new ArrayList<>();
    for (Path f : related) {
      relatedStatements.addAll(Inputs.statements(f));
    }
    Directory dir = Inputs.directory(directory);
    LiaisonRules liaisonRules = Inputs.rulesOrFail(rules, dueSoonDays);
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    ExplainOutput.requireKnown(liaisonRules, whyNot);
    List<LiaisonStatement> batch = inputs.stream().map(Input::statement).toList();

    PrintWriter out = spec.commandLine().getOut();
    List<Object> json = new ArrayList<>();
    AssessmentText text = new AssessmentText(Ansi.auto(noColor));
    boolean blocking = false;
    boolean incomplete = false;
    boolean first = true;
    for (Input in : inputs) {
      List<LiaisonStatement> rel = new ArrayList<>(relatedStatements);
      rel.addAll(Relations.relatedInBatch(in.statement(), batch));
      Assessment a;
      try {
        a = liaisonRules.assess(in.statement(), dir, day, rel);
      } catch (InvalidStatementException e) {
        throw Inputs.invalid(directory != null ? directory + " or " + in.file() : in.file(), e);
      }
      blocking |= !a.readyToSend();
      incomplete |= !a.complete();
      ExplainOutput why = ExplainOutput.wanted(explain, whyNot)
          ? ExplainOutput.of(liaisonRules, in.statement(), dir, day, rel, explain, whyNot) : null;
      if (format == OutputFormat.JSON) {
        Map<String, Object> m = AssessmentJson.of(in.file(), a);
        if (why != null) {
          why.addTo(m);
        }
        json.add(m);
      } else {
        if (!first) {
          out.println();
        }
        first = false;
        Ansi ansi = Ansi.auto(noColor);
        out.print(TerminalText.lines(text.render(in.file(), a), ansi.on()));
        if (why != null) {
          out.print(TerminalText.lines(why.text(ansi), ansi.on()));
        }
      }
    }
    if (format == OutputFormat.JSON) {
      out.print(AssessmentJson.write(json));
    }
    out.flush();
    return incomplete ? ExitCodes.RULE_FAILURE : blocking ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
