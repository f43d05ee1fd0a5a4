package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The CLI's logging: a fresh JVM assessing a sample, with the bundled directory or with a
 * directory file (which starts Hibernate Validator), or compiling an author folder, prints
 * nothing on stderr (slf4j-simple at WARN; Hibernate Validator's JBoss Logging routed to SLF4J).
 */
class QuietCliTest {
  @Test
  void anAssessmentPrintsNothingOnStderr() throws Exception {
    Run run = cli("assess", "--as-of", "2026-03-01", "samples/wg-action-to-itu.yaml");
    assertThat(run.stderr).as("stderr").isEmpty();
    assertThat(run.exit).as("exit code (0 or 1: an answer, not bad input)").isIn(0, 1);
    assertThat(run.stdout).isNotBlank();
  }

  @Test
  void readingADirectoryFilePrintsNothingOnStderr() throws Exception {
    Path directory = Files.createTempFile("directory", ".yaml");
    try (var in = QuietCliTest.class.getResourceAsStream("/io/github/liaisonproject/model/samples/directory.yaml")) {
      Files.write(directory, in.readAllBytes());
    }
    try {
      Run run = cli("assess", "--as-of", "2026-03-01", "--directory", directory.toString(), "samples/wg-action-to-itu.yaml");
      assertThat(run.stderr).as("stderr").isEmpty();
    } finally {
      Files.delete(directory);
    }
  }

  /**
   * Compiling an author folder at run time (Drools' KieBuilder and KieContainer, the executable
   * model's compiler) logs nothing on stderr either: no KieBase creation lines (INFO), no warning
   * about folders, packages or class reactivity. delivery-policy is the folder whose file once made
   * the compiler warn. {@code assess --rules DIR} compiles the folder through the same
   * {@code LiaisonRules.Builder.authorFolder}; one JVM that compiles a folder is enough.
   */
  @Test
  void checkingAnAuthorFolderPrintsNothingOnStderr() throws Exception {
    Run run = cli("check-rules", "author-folders/delivery-policy");
    assertThat(run.stderr).as("stderr").isEmpty();
    assertThat(run.exit).as("exit code").isZero();
    assertThat(run.stdout).contains("passed");
  }

  private record Run(int exit, String stdout, String stderr) {}

  private static Run cli(String... args) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, LiaisonCli.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cli", ".out");
    Path err = Files.createTempFile("cli", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("the CLI did not finish in 120 s");
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8).strip());
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
