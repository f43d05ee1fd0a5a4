package io.github.liaisonproject.consumer;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.Replies;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * What an embedding application does in normal use, in one run: the standard rules, an
 * assessment, a statement file written and read back, a drafted reply, and an author folder
 * compiled next to the bundled rules (with {@code --author-folder}). Prints one line per step on stdout; the tests that start it
 * expect nothing on stderr.
 */
public final class ConsumerMain {
  private ConsumerMain() {}

  /** A policy author's rule, as an application would keep in its rules folder. */
  static final String HOUSE_RULE = """
      package liaison.house;

      import io.github.liaisonproject.rules.vocabulary.Statement;
      import io.github.liaisonproject.rules.vocabulary.Report;

      global Report report;

      rule "For Action subjects say LS"
        @id("HOUSE-SUBJECT-LS") @section("§2.3") @severity("WARNING")
        @explanation("A For Action statement's subject starts with LS, as our partners expect.")
      when
        Statement( forAction, subject != null, !subject.startsWith("LS") )
      then
        report.finding(kcontext, "Start the subject with LS (house style)");
      end
      """;

  public static void main(String[] args) throws Exception {
    Directory directory = Samples.directory();
    LocalDate asOf = LocalDate.of(2026, 3, 1);
    LiaisonStatement statement = LiaisonStatement.builder()
        .addFrom(Body.workingGroup("netconf")).addFromContacts("ines.candidate@example.org")
        .addTo(Body.externalGroup("ITU-T", "Study Group 15")).addToContacts("tsbsg15@itu.int")
        .purpose(Purpose.FOR_ACTION).subject("Review of our YANG module").body("Please review it.")
        .build();

    LiaisonRules standard = LiaisonRules.standard();
    Assessment assessment = standard.assess(statement, directory, asOf);
    System.out.println("standard: " + (assessment.readyToSend() ? "ready" : "not ready")
        + ", " + assessment.findings().size() + " findings");

    Path folder = Files.createTempDirectory("liaison-consumer");
    try {
      Path file = folder.resolve("statement.yaml");
      LiaisonFiles.write(statement, file);
      LiaisonStatement read = LiaisonFiles.readStatement(file);
      System.out.println("file: " + (read.equals(statement) ? "same statement" : "DIFFERENT"));

      LiaisonStatement reply = Replies.draft(read, directory);
      System.out.println("reply: to " + reply.getTo());

      if (Arrays.asList(args).contains("--author-folder")) {
        Path rule = folder.resolve("house.drl");
        Files.writeString(rule, HOUSE_RULE, StandardCharsets.UTF_8);
        LiaisonRules house = LiaisonRules.builder().authorFolder(folder).build();
        System.out.println("author folder: " + house.assess(statement, directory, asOf).findings("HOUSE-SUBJECT-LS").size()
            + " house finding");
        Files.delete(rule);
      }
      Files.delete(file);
    } finally {
      Files.deleteIfExists(folder);
    }
  }
}
