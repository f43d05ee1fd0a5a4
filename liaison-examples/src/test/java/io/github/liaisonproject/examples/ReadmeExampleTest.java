package io.github.liaisonproject.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java lines are ReadmeExample's, and the output it shows is what they print. */
class ReadmeExampleTest {
  @Test
  void theReadmeShowsTheExampleAndItsOutput() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String source = Files.readString(Path.of("src/main/java/io/github/liaisonproject/examples/ReadmeExample.java"));
    String code = source.substring(source.indexOf("// README-BEGIN") + "// README-BEGIN".length(),
        source.indexOf("// README-END"));
    for (String line : code.strip().split("\n")) {
      assertThat(readme).as("README shows the example's line").contains(line.strip());
    }
    PrintStream old = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      ReadmeExample.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8).strip();
    assertThat(printed).startsWith("not ready to send");
    assertThat(readme).as("README shows exactly what the example prints").contains(printed);
  }
}
