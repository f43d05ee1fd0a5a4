package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./liaison} launcher, end to end: arguments, output and exit codes. It runs from
 * the test class path (LIAISON_CLASSPATH), so the test does not start a Maven build of its own.
 */
class LauncherTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  record Run(int code, String out, String err) {}

  static Run launch(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("liaison").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
    pb.environment().put("LIAISON_CLASSPATH", System.getProperty("java.class.path"));
    pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the launcher finishes").isTrue();
    return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void helpAndBadInput(@TempDir Path dir) throws Exception {
    Run help = launch(dir);
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: liaison");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "id: x\nsubjcet: hello\n");
    Run r = launch(dir, "assess", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(bad + ":2:1: ").doesNotContain("\tat ");
  }

  @Test
  void assessesTheReadmeSample(@TempDir Path dir) throws Exception {
    Run r = launch(dir, "assess", "liaison-examples" + File.separator + "samples" + File.separator
        + "wg-action-to-itu.yaml");
    assertThat(r.code()).isIn(0, 1);
    assertThat(r.out()).contains("== liaison-examples/samples/wg-action-to-itu.yaml [ietf-netconf-2026-01]")
        .doesNotContain("\u001b[");
    assertThat(r.err()).doesNotContain("Exception");
  }
}
