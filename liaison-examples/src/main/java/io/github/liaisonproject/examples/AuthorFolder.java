package io.github.liaisonproject.examples;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A policy author's folder: a local rule file next to the bundled ones, loaded as the CLI's
 * {@code --rules DIR} does. The local rule asks For Action statements to say "LS" in the subject.
 */
public final class AuthorFolder {
  private AuthorFolder() {}

  /** A local rule: its ID, section and explanation are metadata, the consequence one call. */
  public static final String LOCAL_RULE = """
      // LOCAL: our own house style, on top of the procedure.
      package liaison.local;

      import io.github.liaisonproject.rules.vocabulary.Statement;
      import io.github.liaisonproject.rules.vocabulary.Report;

      global Report report;

      // House style, not the procedure: we warn.
      rule "For Action subjects say LS"
        @id("LOCAL-SUBJECT-LS") @section("§2.3") @severity("WARNING")
        @explanation("A For Action statement's subject starts with LS, as our partners expect.")
      when
        Statement( forAction, subject != null, !subject.startsWith("LS") )
      then
        report.finding(kcontext, "Start the subject with \\"LS\\" so that the receiving secretariat files it (house style)");
      end
      """;

  public static void main(String[] args) throws IOException {
    Path folder = Files.createTempDirectory("liaison-author");
    Path file = folder.resolve("local.drl");
    Files.writeString(file, LOCAL_RULE, StandardCharsets.UTF_8);

    // Every *.drl in the folder replaces or adds rules; a settings.yaml there would disable rules
    // and change severities by ID.
    LiaisonRules rules = LiaisonRules.builder().authorFolder(folder).build();

    LiaisonStatement statement = LiaisonStatement.builder()
        .addFrom(Body.workingGroup("ccamp"))
        .addFromContacts("mei.lambda@example.org")
        .addTo(Body.externalGroup("ITU-T", "Study Group 15"))
        .addToContacts("tsbsg15@itu.int")
        .purpose(Purpose.FOR_ACTION)
        .deadline(LocalDate.of(2026, 9, 1))
        .subject("Review of GMPLS extensions")
        .body("CCAMP asks Study Group 15 to review its GMPLS extensions.")
        .build();
    Assessment a = rules.assess(statement, Samples.directory(), LocalDate.of(2026, 6, 1));
    a.findings("LOCAL-SUBJECT-LS").forEach(f -> System.out.println(f.severity() + " " + f.ruleId() + " ("
        + f.section() + "): " + f.message()));
    System.out.println("local rule from: " + rules.rules().stream().filter(r -> r.id().equals("LOCAL-SUBJECT-LS"))
        .findFirst().map(r -> r.source().replace(folder.toString(), "<folder>")).orElse("?"));
    Files.delete(file);
    Files.delete(folder);
  }
}
