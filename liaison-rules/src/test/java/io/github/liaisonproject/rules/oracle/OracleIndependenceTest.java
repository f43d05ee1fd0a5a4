package io.github.liaisonproject.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The oracle is a second implementation only if it shares no code with the first: no source file
 * of this package refers to the rule vocabulary or the engine (imports, or names written out in
 * code). Comments and string literals are left out of the scan, so that prose may still name them.
 */
class OracleIndependenceTest {
  private static final Pattern FORBIDDEN = Pattern.compile("io\\s*\\.\\s*github\\s*\\.\\s*liaisonproject\\s*\\.\\s*rules"
      + "\\s*\\.\\s*(vocabulary|engine)\\b");
  /** Block comments, line comments, text blocks, string and char literals: removed before scanning. */
  private static final Pattern NOT_CODE = Pattern.compile(
      "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

  static Path oracleSources() {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    return module.resolve("src/test/java/io/github/liaisonproject/rules/oracle");
  }

  @Test
  void theOraclePackageUsesNeitherTheVocabularyNorTheEngine() throws IOException {
    Path dir = oracleSources();
    List<Path> sources;
    try (Stream<Path> files = Files.list(dir)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(sources).as("the oracle's sources in %s", dir)
        .extracting(p -> p.getFileName().toString()).contains("HandCoded.java", "Answer.java", "DifferentialTest.java");
    List<String> uses = new ArrayList<>();
    for (Path p : sources) {
      String code = NOT_CODE.matcher(Files.readString(p)).replaceAll(" ");
      Matcher m = FORBIDDEN.matcher(code);
      while (m.find()) {
        uses.add(p.getFileName() + ": " + m.group());
      }
    }
    assertThat(uses).as("references to the rule vocabulary or engine in the oracle package").isEmpty();
  }

  @Test
  void theScanFindsAnImportWhenThereIsOne() {
    String code = "package x;\nimport io.github.liaisonproject.rules.vocabulary.Statement;\n// rules.engine in a comment\n"
        + "class A { String s = \"io.github.liaisonproject.rules.engine\"; io.github.liaisonproject.rules.engine.Outcome o; }";
    Matcher m = FORBIDDEN.matcher(NOT_CODE.matcher(code).replaceAll(" "));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    assertThat(found).containsExactly("vocabulary", "engine");
  }
}
