package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.examples.audit.Audit;
import io.github.liaisonproject.examples.audit.DatatrackerMapper;
import io.github.liaisonproject.examples.audit.DatatrackerRecords;
import io.github.liaisonproject.examples.audit.MappedRecord;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code liaison audit FILE}: maps Datatracker records onto the model, assesses them all and summarises. */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Audits a JSON array of records in the IETF Datatracker's shape.",
        "Maps each record onto the model,",
        "assesses it as of its own submission date with the other records as related statements,",
        "and prints a summary: statements by direction and purpose, findings by rule, one line per record."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every record is in order", "1:a record has ERROR findings or cannot be mapped",
        "2:the file cannot be read"})
final class AuditCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "a JSON array of Datatracker records")
  Path file;

  @Option(names = "--directory", paramLabel = "FILE",
      description = "the directory of roles, also used to classify group acronyms (default: the bundled sample)")
  Path directory;

  @Option(names = "--rules", paramLabel = "DIR", description = "an author folder: its *.drl files are added")
  Path rules;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
  AssessCommand.OutputFormat format = AssessCommand.OutputFormat.TEXT;

  @Option(names = "--notes", description = "list every mapping note under its record (text format)")
  boolean notes;

  @Option(names = "--no-color", description = "no ANSI colour, even on a terminal")
  boolean noColor;

  @Override
  public Integer call() throws LiaisonInputException {
    Inputs.requireFile(file, "records file");
    var records = DatatrackerRecords.read(file);
    Directory dir = Inputs.directory(directory);
    LiaisonRules liaisonRules = Inputs.rulesOrFail(rules, null);
    List<MappedRecord> mapped = new DatatrackerMapper(dir, LocalDate.now()).mapAll(records);
    List<Audit.Entry> entries = Audit.run(mapped, liaisonRules, dir);
    PrintWriter out = spec.commandLine().getOut();
    if (format == AssessCommand.OutputFormat.JSON) {
      out.print(AssessmentJson.write(json(entries)));
    } else {
      out.print(text(entries));
    }
    out.flush();
    return entries.stream().allMatch(Audit.Entry::ready) ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private List<Object> json(List<Audit.Entry> entries) {
    List<Object> out = new ArrayList<>();
    for (Audit.Entry e : entries) {
      Map<String, Object> m;
      if (e.assessment().isPresent()) {
        m = AssessmentJson.of(file.toString(), e.assessment().get());
      } else {
        m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("id", e.record().id());
        m.put("readyToSend", false);
        m.put("error", e.failure().orElse("not assessed"));
      }
      m.put("id", e.record().id());
      m.put("title", e.record().title());
      m.put("notes", e.record().notes());
      out.add(m);
    }
    return out;
  }

  private String text(List<Audit.Entry> entries) {
    Ansi ansi = Ansi.auto(noColor);
    StringBuilder sb = new StringBuilder();
    long assessed = entries.stream().filter(e -> e.assessment().isPresent()).count();
    long ready = entries.stream().filter(Audit.Entry::ready).count();
    sb.append(ansi.bold("Audit of " + file)).append(": ").append(entries.size()).append(" record(s), ")
        .append(assessed).append(" assessed, ").append(entries.size() - assessed).append(" not mapped, ")
        .append(ready).append(" in order\n\n");
    sb.append("Statements by direction and purpose:\n");
    Audit.byDirectionAndPurpose(entries).forEach((k, v) -> sb.append(String.format("  %-32s %4d%n", k, v)));
    sb.append("\nFindings by rule:\n");
    Map<String, Integer> byRule = Audit.findingsByRule(entries);
    if (byRule.isEmpty()) {
      sb.append("  none\n");
    }
    byRule.forEach((k, v) -> sb.append(String.format("  %-40s %4d%n", k, v)));
    sb.append("\nRecords:\n");
    for (Audit.Entry e : entries) {
      MappedRecord r = e.record();
      String status;
      if (e.assessment().isEmpty()) {
        status = ansi.red(String.format("%-10s", "NOT MAPPED"));
      } else {
        status = e.ready() ? ansi.green(String.format("%-10s", "ready")) : ansi.red(String.format("%-10s", "NOT READY"));
      }
      sb.append(String.format("  %-8s %s %2d error(s) %2d warning(s)  %s%n", r.id(), status, e.count(Severity.ERROR),
          e.count(Severity.WARNING), r.title().isEmpty() ? "(no title)" : r.title()));
      e.failure().ifPresent(f -> sb.append("           reason: ").append(f).append('\n'));
      if (notes) {
        r.notes().forEach(n -> sb.append("           note: ").append(n).append('\n'));
      } else if (!r.notes().isEmpty()) {
        sb.append("           ").append(r.notes().size()).append(" mapping note(s), first: ").append(r.notes().get(0))
            .append('\n');
      }
    }
    if (!notes && entries.stream().anyMatch(e -> !e.record().notes().isEmpty())) {
      sb.append("\n(--notes lists every mapping note)\n");
    }
    return sb.toString();
  }
}
