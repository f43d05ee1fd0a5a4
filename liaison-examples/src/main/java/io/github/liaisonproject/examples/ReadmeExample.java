package io.github.liaisonproject.examples;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import java.time.LocalDate;

/** The ten lines of Java in the README; a test checks that the README shows them and their output. */
public final class ReadmeExample {
  private ReadmeExample() {}

  public static void main(String[] args) {
    // README-BEGIN
    LiaisonRules rules = LiaisonRules.standard();            // compiled once, thread-safe
    LiaisonStatement statement = LiaisonStatement.builder()
        .addFrom(Body.workingGroup("netconf")).addFromContacts("ines.candidate@example.org")
        .addTo(Body.externalGroup("ITU-T", "Study Group 15")).addToContacts("tsbsg15@itu.int")
        .purpose(Purpose.FOR_ACTION).subject("Review of our YANG module").body("Please review it.")
        .build();
    Assessment a = rules.assess(statement, Samples.directory(), LocalDate.of(2026, 3, 1));
    System.out.println(a.readyToSend() ? "ready to send" : "not ready to send");
    a.findings().forEach(f -> System.out.println(f.severity() + " " + f.ruleId() + " (" + f.section() + ")"));
    System.out.println("approvers: " + a.approval().potentialApprovers());
    // README-END
  }
}
