package io.github.liaisonproject.examples;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import java.time.LocalDate;

/** Builds a statement in Java, assesses it with the standard rules, prints the verdict and findings. */
public final class AssessStatement {
  private AssessStatement() {}

  public static void main(String[] args) {
    LiaisonStatement statement = LiaisonStatement.builder()
        .addFrom(Body.workingGroup("netconf"))
        .addFromContacts("ines.candidate@example.org")
        .addTo(Body.externalGroup("ITU-T", "Study Group 15"))
        .purpose(Purpose.FOR_ACTION)
        .deadline(LocalDate.of(2026, 9, 30))
        .subject("Review of the optical transport YANG module")
        .build(); // no To-Contact and no body yet
    Assessment a = LiaisonRules.standard().assess(statement, Samples.directory(), LocalDate.of(2026, 6, 1));
    System.out.println("ready to send: " + a.readyToSend());
    a.findings().forEach(f -> System.out.println(f.severity() + " " + f.ruleId() + " (" + f.section() + "): "
        + f.message()));
  }
}
