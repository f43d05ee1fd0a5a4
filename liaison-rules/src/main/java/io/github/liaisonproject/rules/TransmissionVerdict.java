package io.github.liaisonproject.rules;

import io.github.liaisonproject.model.DocumentReference;
import java.util.List;

/**
 * The verdict on one transmitted or referenced document (§4.3): whether it may be sent, and the
 * findings about it (status not noted, work in progress not marked, context missing).
 */
public record TransmissionVerdict(DocumentReference document, Eligibility eligibility, List<Finding> findings,
    List<Citation> citations) {
  public TransmissionVerdict {
    findings = List.copyOf(findings);
    citations = List.copyOf(citations);
  }

  /** Eligible and nothing to fix. */
  public boolean clear() {
    return eligibility == Eligibility.ELIGIBLE && findings.isEmpty();
  }
}
