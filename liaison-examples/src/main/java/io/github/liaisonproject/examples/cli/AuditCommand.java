package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.examples.audit.Audit;
import io.github.liaisonproject.examples.audit.AuditInput;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.Severity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code liaison audit DIR|FILE}: maps Datatracker records onto the model, assesses them all and summarises. */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Audits the IETF Datatracker's liaison records.",
        "DIR: a folder of saved API responses (what `liaison datatracker fetch --out DIR` writes; any mix of list",
        "pages, set responses and single objects). FILE: a JSON array of records in the simple record shape.",
        "Each record is mapped onto the model and assessed as of one day (--as-of, default today) with the other",
        "records as related statements. Prints which directory is used, the findings per record, a summary by",
        "standing, rule and year, and each record's standing: outgoing pending approval / approved / sent /",
        "conformant; incoming recorded / distributed / answered / open."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no record has an ERROR finding", "1:a record has ERROR findings or cannot be mapped",
        "2:the input cannot be read"})
final class AuditCommand implements Callable<Integer> {
  enum AuditFormat { TEXT, JSON, HTML }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR|FILE", description = "a folder of saved API responses, or a JSON array of records")
  Path input;

  @Option(names = "--directory", paramLabel = "FILE",
      description = "the directory of roles (default: for a folder, built from its saved groups and roles; "
          + "for a file, the bundled sample directory)")
  Path directory;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the day the rules take as today (default: today)")
  LocalDate asOf;

  @Option(names = "--rules", paramLabel = "DIR", description = "an author folder: its *.drl files are added")
  Path rules;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or html (default: ${DEFAULT-VALUE})")
  AuditFormat format = AuditFormat.TEXT;

  @Option(names = "--notes", description = "list every mapping note under its record (text format)")
  boolean notes;

  @Option(names = "--no-color", description = "no ANSI colour, even on a terminal")
  boolean noColor;

  @Override
  public Integer call() throws LiaisonInputException {
    if (!Files.exists(input)) {
      throw new CliException(input + ": no such file or folder (the records to audit)");
    }
    LocalDate today = asOf != null ? asOf : LocalDate.now();
    Optional<Directory> given = directory == null ? Optional.empty() : Optional.of(Inputs.directory(directory));
    AuditInput in = AuditInput.read(input, given, directory == null ? "" : directory.toString(), today);
    LiaisonRules liaisonRules = Inputs.rulesOrFail(rules, null);
    List<Audit.Entry> entries = Audit.run(in.records(), liaisonRules, in.directory(), today);
    AuditReport report = new AuditReport(input.toString(), in, entries, today);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.print(AssessmentJson.write(report.json()));
      case HTML -> out.print(TerminalText.lines(report.html(), false));
      default -> {
        Ansi ansi = Ansi.auto(noColor);
        out.print(TerminalText.lines(report.text(ansi, notes), ansi.on()));
      }
    }
    out.flush();
    boolean clean = entries.stream().allMatch(e -> e.assessment().isPresent() && e.count(Severity.ERROR) == 0);
    return clean ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
