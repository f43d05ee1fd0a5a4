package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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
  // ---- the build and the JVM options, with stand-ins for mvn and java ---------------------------

  static final String FAKE_MVN = """
      #!/usr/bin/env bash
      echo "$*" >> mvn-calls.txt
      if [[ -f fail ]]; then echo "[ERROR] COMPILATION ERROR in Foo.java"; exit 1; fi
      echo "[INFO] Scanning for projects..."
      echo "[INFO] Building Liaison 0.1.0-SNAPSHOT                                    [1/4]"
      echo "[INFO] Building Liaison model 0.1.0-SNAPSHOT                              [2/4]"
      echo "[INFO] Building jar: /somewhere/liaison-model-0.1.0-SNAPSHOT.jar"
      echo "[INFO] Building Liaison rules 0.1.0-SNAPSHOT                              [3/4]"
      echo "[INFO] --- kie-maven-plugin:10.2.0:build (default-build) @ liaison-rules ---"
      echo "[INFO] Building Liaison examples 0.1.0-SNAPSHOT                           [4/4]"
      echo "[INFO] --- maven-antrun-plugin:3.1.0:run (liaison-cds-archive) @ liaison-examples ---"
      mkdir -p liaison-examples/target/lib
      touch -d '-2 seconds' liaison-examples/target/liaison-examples.jar liaison-examples/target/lib/a.jar
      touch liaison-examples/target/liaison.jsa
      echo "[INFO] BUILD SUCCESS"
      """;

  static final String FAKE_JAVA = """
      #!/usr/bin/env bash
      echo "java $*"
      """;

  /** A copy of the launcher in a project of its own, with stand-ins for mvn (on the PATH) and java. */
  static Path fakeProject(Path dir) throws IOException {
    Path root = dir.resolve("project");
    Files.createDirectories(root.resolve("liaison-model/src/main/java"));
    Files.createDirectories(root.resolve("liaison-rules/src/main/java"));
    Files.createDirectories(root.resolve("liaison-examples/src/main/java"));
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Files.writeString(root.resolve("liaison-examples/src/main/java/A.java"), "class A {}");
    Files.copy(ROOT.resolve("liaison"), root.resolve("liaison"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.writeString(bin.resolve("mvn"), FAKE_MVN);
    Files.writeString(dir.resolve("java"), FAKE_JAVA);
    for (Path p : List.of(root.resolve("liaison"), bin.resolve("mvn"), dir.resolve("java"))) {
      p.toFile().setExecutable(true);
    }
    FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
    for (String f : List.of("pom.xml", "liaison-examples/src/main/java/A.java")) {
      Files.setLastModifiedTime(root.resolve(f), hourAgo);
    }
    return root;
  }

  static Run fakeLaunch(Path dir, Path root, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("liaison").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove("LIAISON_CLASSPATH");
    pb.environment().remove("LIAISON_JAVA_OPTS");
    pb.environment().put("LIAISON_JAVA", dir.resolve("java").toString());
    pb.environment().put("PATH", dir.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
    pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher finishes").isTrue();
    return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  static List<String> mvnCalls(Path root) throws IOException {
    Path calls = root.resolve("mvn-calls.txt");
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  @Test
  void buildsWithPackageShowingProgressThenRunsWithTheArchive(@TempDir Path dir) throws Exception {
    Path root = fakeProject(dir);
    Run first = fakeLaunch(dir, root, "assess", "x.yaml");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(mvnCalls(root)).singleElement().satisfies(call -> assertThat(call)
        .contains("-pl liaison-examples -am package -DskipTests").doesNotContain("install"));
    assertThat(first.err()).contains("liaison: building the tool")
        .containsPattern("liaison: building Liaison model \\[2/4\\] \\(\\d+s\\)")
        .contains("liaison: building Liaison examples [4/4]").contains("precompiling the standard rule files")
        .contains("making the start-up archive").containsPattern("liaison: built in \\d+s")
        .doesNotContain("Building jar").doesNotContain("Scanning");
    assertThat(Files.readString(root.resolve("liaison-examples/target/liaison-build.log")))
        .contains("Building jar: /somewhere/");
    Path target = root.resolve("liaison-examples/target");
    assertThat(first.out()).startsWith("java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC "
            + "-Dsun.reflect.inflationThreshold=1000000 -Xshare:auto ")
        .contains(" -XX:SharedArchiveFile=" + target.resolve("liaison.jsa") + " ")
        .contains("-Xlog:cds=off").endsWith(" -jar " + target.resolve("liaison-examples.jar") + " assess x.yaml\n");

    // fresh: no second build
    Run second = fakeLaunch(dir, root, "rules");
    assertThat(second.err()).isEmpty();
    assertThat(mvnCalls(root)).hasSize(1);

    // an archive older than a library is not used (the JVM would refuse it anyway)
    Files.setLastModifiedTime(target.resolve("lib/a.jar"), FileTime.from(Instant.now().plusSeconds(5)));
    Run stale = fakeLaunch(dir, root, "rules");
    assertThat(stale.out()).doesNotContain("SharedArchiveFile").contains(" -jar ");
    assertThat(mvnCalls(root)).hasSize(1);

    // a changed source: built again
    Files.setLastModifiedTime(root.resolve("liaison-examples/src/main/java/A.java"),
        FileTime.from(Instant.now().plusSeconds(10)));
    fakeLaunch(dir, root, "rules");
    assertThat(mvnCalls(root)).hasSize(2);
  }

  @Test
  void aFailedBuildShowsItsErrorsAndWhereTheLogIs(@TempDir Path dir) throws Exception {
    Path root = fakeProject(dir);
    Files.writeString(root.resolve("fail"), "");
    Run r = fakeLaunch(dir, root, "assess", "x.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("[ERROR] COMPILATION ERROR in Foo.java")
        .contains("liaison: the build failed; the whole log is in liaison-examples/target/liaison-build.log");
    assertThat(r.out()).isEmpty();
  }
}
