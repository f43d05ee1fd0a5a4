package io.github.liaisonproject.rules;

import io.github.liaisonproject.model.DocumentReference;
import java.util.List;

/**
 * The verdict on one transmitted or referenced document (§4.3): whether it may be sent, and the
 * findings about it (status not noted, work in progress not marked, context missing). An immutable
 * value.
 *
 * @param document the document; not null
 * @param eligibility whether it may be transmitted as the statement stands; not null
 * @param findings the findings about this document (also in the assessment's findings); unmodifiable
 * @param citations the rules behind the verdict; unmodifiable
 */
public record TransmissionVerdict(DocumentReference document, Eligibility eligibility, List<Finding> findings,
    List<Citation> citations) {
  /**
   * Copies the lists.
   *
   * @param document the document; not null
   * @param eligibility whether it may be transmitted as the statement stands; not null
   * @param findings the findings about this document (also in the assessment's findings); unmodifiable
   * @param citations the rules behind the verdict; unmodifiable
   * @throws NullPointerException when a list or an element is null
   */
  public TransmissionVerdict {
    findings = List.copyOf(findings);
    citations = List.copyOf(citations);
  }

  /** {@return true when the document is eligible and there is nothing to fix} */
  public boolean clear() {
    return eligibility == Eligibility.ELIGIBLE && findings.isEmpty();
  }
}
