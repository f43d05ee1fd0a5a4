package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.rules.ApprovalRequirement;
import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.Finding;
import io.github.liaisonproject.rules.Obligation;
import io.github.liaisonproject.rules.Proposal;
import io.github.liaisonproject.rules.RuleFailure;
import io.github.liaisonproject.rules.Severity;
import io.github.liaisonproject.rules.TransmissionVerdict;
import java.util.List;
import java.util.stream.Collectors;

/** An assessment as a text block a person reads: header, verdict, findings by severity, then the answers. */
final class AssessmentText {
  private final Ansi ansi;
  private final StringBuilder out = new StringBuilder();

  AssessmentText(Ansi ansi) {
    this.ansi = ansi;
  }

  String render(String file, Assessment a) {
    out.setLength(0);
    LiaisonStatement s = a.statement();
    line(ansi.bold("== " + t(file) + s.getId().map(id -> " [" + t(id) + "]").orElse("")));
    line("   Subject:   " + s.getSubject().map(AssessmentText::t).orElse("(none)"));
    line("   Direction: " + s.getDirection() + "   Purpose: " + s.getPurpose().map(Object::toString).orElse("(none)")
        + "   Stage: " + s.getStage() + s.getDeadline().map(d -> "   Deadline: " + d).orElse(""));
    String verdict = a.readyToSend() ? ansi.green("READY TO SEND") : ansi.red("NOT READY");
    int errors = a.findings(Severity.ERROR).size();
    int warnings = a.findings(Severity.WARNING).size();
    line(verdict + " (as of " + a.asOf() + "; " + errors + " error(s), " + warnings + " warning(s))"
        + (s.isIncoming() ? "  [incoming: ready to record and distribute]" : ""));
    for (RuleFailure f : a.failures()) {
      line(ansi.red("   INCOMPLETE: rule " + t(f.ruleId()) + " (" + t(f.source()) + ") failed: " + t(f.error())));
    }
    findings(a);
    approval(a);
    delivery(a);
    transmission(a);
    obligations(a);
    proposals(a);
    return out.toString();
  }

  private void findings(Assessment a) {
    if (a.findings().isEmpty()) {
      line("Findings: none");
      return;
    }
    line("Findings:");
    for (Severity sev : Severity.values()) {
      List<Finding> fs = a.findings(sev);
      if (fs.isEmpty()) {
        continue;
      }
      line("  " + colour(sev, sev.name()) + " (" + fs.size() + ")");
      for (Finding f : fs) {
        line("    " + colour(sev, t(f.ruleId())) + " " + ansi.dim("(" + t(f.section()) + ")") + " " + t(f.message()));
      }
    }
  }

  private void approval(Assessment a) {
    var d = a.approval();
    if (d.required().isEmpty()) {
      line("Approval: " + (d.needed() ? "needed, but no approver could be named" : "none needed"));
      return;
    }
    line("Approval: " + d.required().size() + " required, " + d.present().size() + " present, "
        + (d.satisfied() ? ansi.green("satisfied") : ansi.yellow("not satisfied")));
    for (ApprovalRequirement r : d.required()) {
      line("  for " + t(r.forWhom()) + " " + ansi.dim("(" + t(r.citation()) + ")") + ": "
          + r.approvedBy().map(p -> "approved by " + t(p))
              .orElse(r.satisfied() ? "approved, as its public record shows" : "not yet approved"));
      if (r.approvers().isEmpty()) {
        line("    potential approvers: none known to the directory");
      }
      for (Approver p : r.approvers()) {
        line("    " + t(p.name()) + " <" + t(p.address()) + ">" + ansi.dim(" " + t(p.role()) + (p.group().isEmpty() ? "" : " " + t(p.group()))));
      }
    }
  }

  private void delivery(Assessment a) {
    var d = a.delivery();
    if (d.isEmpty()) {
      line("Delivery: none (nowhere to deliver it)");
      return;
    }
    line("Delivery:");
    line("  To:       " + join(d.toAddresses()));
    line("  Cc:       " + join(d.ccAddresses()));
    line("  Reply-To: " + join(d.replyToAddresses()));
  }

  private void transmission(Assessment a) {
    if (a.transmission().isEmpty()) {
      return;
    }
    line("Documents:");
    for (TransmissionVerdict v : a.transmission()) {
      String status = v.document().getStatus().map(Enum::name).orElse("status not given");
      line("  " + t(v.document().getName()) + " (" + v.document().getKind() + ", " + status + "): "
          + (v.clear() ? ansi.green(v.eligibility().name()) : ansi.yellow(v.eligibility().name())));
      for (Finding f : v.findings()) {
        line("    " + colour(f.severity(), f.severity() + " " + t(f.ruleId())) + " (" + t(f.section()) + ") " + t(f.message()));
      }
    }
  }

  private void obligations(Assessment a) {
    if (a.obligations().isEmpty()) {
      return;
    }
    line("Obligations:");
    for (Obligation o : a.obligations()) {
      line("  " + t(o.ruleId()) + " " + ansi.dim("(" + t(o.section()) + ")") + " " + t(o.who().role())
          + (o.who().addresses().isEmpty() ? "" : " <" + t(String.join(", ", o.who().addresses())) + ">")
          + ": " + t(o.what()) + "; due " + t(o.dueBy()) + (o.discharged() ? " [discharged]" : ""));
    }
  }

  private void proposals(Assessment a) {
    if (a.proposals().isEmpty()) {
      return;
    }
    line("Proposals:");
    for (Proposal p : a.proposals()) {
      line("  " + t(p.field()) + " = " + t(p.value()) + " " + ansi.dim("(" + t(p.citation()) + ")") + ": " + t(p.reason()));
    }
  }

  private String colour(Severity sev, String s) {
    switch (sev) {
      case ERROR: return ansi.red(s);
      case WARNING: return ansi.yellow(s);
      default: return ansi.cyan(s);
    }
  }

  private static String join(List<String> addresses) {
    return addresses.isEmpty() ? "-" : addresses.stream().map(AssessmentText::t).collect(Collectors.joining(", "));
  }

  /** Input-derived text, escaped for the terminal (TerminalText); only the tool's own colours are raw. */
  private static String t(Object value) {
    return TerminalText.escape(value);
  }

  private void line(String s) {
    out.append(s).append(System.lineSeparator());
  }
}
