package io.github.liaisonproject.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Starts {@link ConsumerMain} in fresh JVMs, with the run-time path Maven resolves from the
 * published POMs and no other flag: on the class path, on the module path (as the named module
 * io.github.liaisonproject.consumer), and without an SLF4J provider. slf4j-simple logs INFO and
 * above by default, so an empty stderr means the libraries and the engine logged nothing at INFO
 * or above in that normal use.
 */
class FreshJvmTest {
  private static final String EXPECTED = String.join("\n",
      "standard: not ready, 7 findings",
      "file: same statement",
      "reply: to [IETF WG netconf]");

  @Test
  void runsOnTheClassPathWithNothingOnStderr() throws Exception {
    Run run = java("-cp", classes() + File.pathSeparator + String.join(File.pathSeparator, runtimePath()),
        ConsumerMain.class.getName());
    assertThat(run.stderr).as("stderr").isEmpty();
    assertThat(run.exit).as("exit code; stderr: %s", run.stderr).isZero();
    assertThat(run.stdout).isEqualTo(EXPECTED);
  }

  @Test
  void runsOnTheModulePathWithoutExtraFlags() throws Exception {
    Run run = java("--module-path", classes() + File.pathSeparator + String.join(File.pathSeparator, runtimePath()),
        "-m", "io.github.liaisonproject.consumer/" + ConsumerMain.class.getName());
    assertThat(run.stderr).as("stderr").isEmpty();
    assertThat(run.exit).as("exit code; stderr: %s", run.stderr).isZero();
    assertThat(run.stdout).isEqualTo(EXPECTED);
  }

  @Test
  void withoutAProviderOnlySlf4jSaysSo() throws Exception {
    List<String> path = runtimePath().stream().filter(p -> !p.contains("slf4j-simple")).toList();
    assertThat(path).hasSizeLessThan(runtimePath().size());
    Run run = java("-cp", classes() + File.pathSeparator + String.join(File.pathSeparator, path),
        ConsumerMain.class.getName());
    assertThat(run.exit).as("exit code; stderr: %s", run.stderr).isZero();
    assertThat(run.stdout).isEqualTo(EXPECTED);
    // SLF4J's own notice that it found no provider, and nothing else
    assertThat(run.stderr.lines()).allMatch(line -> line.startsWith("SLF4J"));
  }

  @Test
  void compilingAnAuthorFolderLogsNothing() throws Exception {
    Run run = java("-cp", classes() + File.pathSeparator + String.join(File.pathSeparator, runtimePath()),
        ConsumerMain.class.getName(), "--author-folder");
    assertThat(run.exit).as("exit code; stderr: %s", run.stderr).isZero();
    assertThat(run.stdout).isEqualTo(EXPECTED + "\nauthor folder: 1 house finding");
    // LiaisonRules.builder().authorFolder(...) compiles the folder's file with the bundled ones at
    // run time, and slf4j-simple prints INFO and above: nothing at all is logged. Each rule file is
    // compiled in the folder of its package (no "It is advised to have a correspondance between
    // package and folder names" WARN per file), and the base is created without a KieContainer
    // (no "Start/End creation of KieBase" INFO lines from KieContainerImpl).
    assertThat(run.stderr).as("stderr").isEmpty();
  }

  private record Run(int exit, String stdout, String stderr) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(args));
    Path out = Files.createTempFile("consumer", ".out");
    Path err = Files.createTempFile("consumer", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("the consumer did not finish in 120 s: " + command);
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(),
          Files.readString(err, StandardCharsets.UTF_8).strip());
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  private static String classes() {
    return System.getProperty("consumer.classes");
  }

  private static List<String> runtimePath() throws IOException {
    String text = Files.readString(Path.of(System.getProperty("consumer.runtimePath")), StandardCharsets.UTF_8).strip();
    return Arrays.stream(text.split(File.pathSeparator)).filter(s -> !s.isBlank()).collect(Collectors.toList());
  }
}
