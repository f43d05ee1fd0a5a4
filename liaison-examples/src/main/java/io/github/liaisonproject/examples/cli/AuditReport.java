package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.examples.audit.Audit;
import io.github.liaisonproject.examples.audit.AuditInput;
import io.github.liaisonproject.examples.audit.MappedRecord;
import io.github.liaisonproject.rules.Finding;
import io.github.liaisonproject.rules.Obligation;
import io.github.liaisonproject.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit's output: text, JSON, or one self-contained HTML page, all with the same summary. */
final class AuditReport {
  private final String source;
  private final AuditInput input;
  private final List<Audit.Entry> entries;
  private final LocalDate asOf;

  AuditReport(String source, AuditInput input, List<Audit.Entry> entries, LocalDate asOf) {
    this.source = source;
    this.input = input;
    this.entries = entries;
    this.asOf = asOf;
  }

  private String header() {
    long assessed = entries.stream().filter(e -> e.assessment().isPresent()).count();
    return entries.size() + " record(s), " + assessed + " assessed, " + (entries.size() - assessed) + " not mapped, as of "
        + asOf;
  }

  private static String median(double m) {
    return m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m);
  }

  String text(Ansi ansi, boolean notes) {
    StringBuilder sb = new StringBuilder();
    sb.append(ansi.bold("Audit of " + t(source))).append(": ").append(header()).append('\n');
    sb.append("Read: ").append(t(input.inputIs())).append('\n');
    sb.append("Directory: ").append(t(input.directoryIs())).append('\n');
    sb.append("Findings per record (ERROR+WARNING): median ").append(median(Audit.medianProblems(entries))).append("\n\n");
    sb.append("Records by standing:\n");
    Audit.byVerdict(entries).forEach((k, v) -> sb.append(String.format("  %-40s %4d%n", t(k), v)));
    sb.append("\nStatements by direction and purpose:\n");
    Audit.byDirectionAndPurpose(entries).forEach((k, v) -> sb.append(String.format("  %-40s %4d%n", t(k), v)));
    sb.append("\nFindings by rule:\n");
    Map<String, Integer> byRule = Audit.findingsByRuleAndSeverity(entries);
    if (byRule.isEmpty()) {
      sb.append("  none\n");
    }
    byRule.forEach((k, v) -> sb.append(String.format("  %-48s %4d%n", t(k), v)));
    sb.append("\nFindings by year:\n");
    Audit.byYear(entries).forEach((k, v) -> sb.append(String.format("  %-8s %3d record(s) %4d error(s) %4d warning(s)%n", t(k),
        v[0], v[1], v[2])));
    sb.append("\nRecords:\n");
    for (Audit.Entry e : entries) {
      MappedRecord r = e.record();
      String verdict = String.format("%-22s", e.verdict());
      verdict = e.assessment().isEmpty() ? ansi.red(verdict) : e.count(Severity.ERROR) > 0 ? ansi.yellow(verdict) : ansi.green(verdict);
      sb.append(String.format("  %-8s %s %2d error(s) %2d warning(s)  %s%n", t(r.id()), verdict, e.count(Severity.ERROR),
          e.count(Severity.WARNING), r.title().isEmpty() ? "(no title)" : t(r.title())));
      e.failure().ifPresent(f -> sb.append("           reason: ").append(t(f)).append('\n'));
      e.assessment().ifPresent(a -> {
        for (Finding f : a.findings()) {
          if (f.severity() != Severity.INFO) {
            sb.append("           ").append(f.severity()).append(' ').append(t(f.ruleId())).append(": ").append(t(f.message()))
                .append('\n');
          }
        }
      });
      if (notes) {
        r.notes().forEach(n -> sb.append("           note: ").append(t(n)).append('\n'));
      } else if (!r.notes().isEmpty()) {
        sb.append("           ").append(r.notes().size()).append(" mapping note(s), first: ").append(t(r.notes().get(0)))
            .append('\n');
      }
    }
    if (!notes && entries.stream().anyMatch(e -> !e.record().notes().isEmpty())) {
      sb.append("\n(--notes lists every mapping note)\n");
    }
    return sb.toString();
  }

  Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("input", source);
    out.put("read", input.inputIs());
    out.put("asOf", asOf.toString());
    out.put("directory", input.directoryIs());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("records", entries.size());
    summary.put("medianErrorsAndWarningsPerRecord", Audit.medianProblems(entries));
    summary.put("byStanding", Audit.byVerdict(entries));
    summary.put("byRule", Audit.findingsByRuleAndSeverity(entries));
    Map<String, Object> years = new LinkedHashMap<>();
    Audit.byYear(entries).forEach((k, v) -> years.put(k, Map.of("records", v[0], "errors", v[1], "warnings", v[2])));
    summary.put("byYear", years);
    out.put("summary", summary);
    List<Object> records = new ArrayList<>();
    for (Audit.Entry e : entries) {
      Map<String, Object> m;
      if (e.assessment().isPresent()) {
        m = new LinkedHashMap<>(AssessmentJson.of(source, e.assessment().get()));
        m.remove("readyToSend"); // a record is judged by its standing, not by whether it could be sent
      } else {
        m = new LinkedHashMap<>();
        m.put("error", e.failure().orElse("not assessed"));
      }
      m.remove("file");
      Map<String, Object> head = new LinkedHashMap<>();
      head.put("id", e.record().id());
      head.put("title", e.record().title());
      head.put("standing", e.verdict());
      head.put("year", e.year());
      head.putAll(m);
      head.put("notes", e.record().notes());
      records.add(head);
    }
    out.put("records", records);
    return out;
  }

  String html() {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Liaison audit: ").append(esc(source))
        .append("</title>\n<style>\nbody{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}\n"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
            + "th{background:#eee}td.n{text-align:right}\n.ERROR{color:#b00020;font-weight:bold}.WARNING{color:#8a5a00}"
            + ".INFO{color:#555}\ndetails{border:1px solid #ddd;margin:.3em 0;padding:.3em .6em}summary{cursor:pointer}"
            + "\n.note{color:#555;font-size:.9em}\n</style></head><body>\n");
    h.append("<h1>Liaison audit</h1>\n<p>").append(esc(source)).append(": ").append(esc(header())).append("</p>\n<ul><li>Read: ")
        .append(esc(input.inputIs())).append("</li><li>Directory: ").append(esc(input.directoryIs()))
        .append("</li><li>Findings per record (ERROR+WARNING): median ").append(median(Audit.medianProblems(entries)))
        .append("</li></ul>\n");
    h.append("<h2>Records by standing</h2>\n");
    table(h, List.of("standing", "records"), Audit.byVerdict(entries));
    h.append("<h2>Findings by rule</h2>\n");
    table(h, List.of("rule and severity", "findings"), Audit.findingsByRuleAndSeverity(entries));
    h.append("<h2>Findings by year</h2>\n<table><tr><th>year</th><th>records</th><th>errors</th><th>warnings</th></tr>\n");
    Audit.byYear(entries).forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td class=\"n\">").append(v[0])
        .append("</td><td class=\"n\">").append(v[1]).append("</td><td class=\"n\">").append(v[2]).append("</td></tr>\n"));
    h.append("</table>\n<h2>Records</h2>\n");
    for (Audit.Entry e : entries) {
      MappedRecord r = e.record();
      h.append("<details><summary><b>").append(esc(r.id())).append("</b> ").append(esc(e.verdict())).append(" — ")
          .append(e.count(Severity.ERROR)).append(" error(s), ").append(e.count(Severity.WARNING)).append(" warning(s) — ")
          .append(esc(r.title().isEmpty() ? "(no title)" : r.title())).append("</summary>\n");
      e.failure().ifPresent(f -> h.append("<p class=\"ERROR\">").append(esc(f)).append("</p>\n"));
      e.assessment().ifPresent(a -> {
        h.append("<ul>\n");
        for (Finding f : a.findings()) {
          h.append("<li><span class=\"").append(f.severity()).append("\">").append(f.severity()).append("</span> <code>")
              .append(esc(f.ruleId())).append("</code> (").append(esc(f.section())).append("): ").append(esc(f.message()))
              .append("</li>\n");
        }
        h.append("</ul>\n");
        if (!a.obligations().isEmpty()) {
          h.append("<p>Obligations:</p><ul>\n");
          for (Obligation o : a.obligations()) {
            h.append("<li><code>").append(esc(o.ruleId())).append("</code> ").append(esc(o.toString())).append("</li>\n");
          }
          h.append("</ul>\n");
        }
      });
      if (!r.notes().isEmpty()) {
        h.append("<p class=\"note\">Mapping notes:</p><ul class=\"note\">\n");
        r.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>\n"));
        h.append("</ul>\n");
      }
      h.append("</details>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void table(StringBuilder h, List<String> heads, Map<String, Integer> rows) {
    h.append("<table><tr>");
    heads.forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
    h.append("</tr>\n");
    rows.forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td class=\"n\">").append(v).append("</td></tr>\n"));
    h.append("</table>\n");
  }

  /** Text from input for the text report: control, bidi and other non-printing characters shown as escapes. */
  private static String t(String s) {
    return TerminalText.escape(s);
  }

  /**
   * Text from input for the HTML page: non-printing characters shown as escapes first (a numeric
   * reference to a bidi override would still reorder the page), then HTML-escaped.
   */
  static String esc(String s) {
    String shown = TerminalText.escape(s);
    StringBuilder b = new StringBuilder(shown.length());
    for (char c : shown.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
