package io.github.liaisonproject.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.model.testing.CommonStatements;
import io.github.liaisonproject.model.testing.Gens;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's property test of an embedder's own process rule ({@link Outbox}), and the README showing it. */
class OutboxPropertyTest {
  // README-BEGIN
  @Test
  void theOutboxMailsWhatLiaisonDelivers() {
    LiaisonRules rules = LiaisonRules.standard();
    Directory directory = Samples.directory();
    qt().withExamples(200).forAll(Gens.of(CommonStatements.readyToSendOutgoing(directory)))
        .checkAssert(statement -> {
          Assessment a = rules.assess(statement, directory, CommonStatements.AS_OF);
          assertThat(Outbox.recipients(a)).isNotEmpty().isEqualTo(a.delivery().toAddresses());
        });
  }
  // README-END

  @Test
  void theReadmeShowsThisTest() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String source = Files.readString(Path.of("src/test/java/io/github/liaisonproject/consumer/OutboxPropertyTest.java"));
    String code = source.substring(source.indexOf("// README-BEGIN") + "// README-BEGIN".length(),
        source.indexOf("// README-END"));
    for (String line : code.strip().split("\n")) {
      assertThat(readme).as("README shows the test's line").contains(line.strip());
    }
  }
}
