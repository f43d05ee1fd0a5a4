package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.rules.cases.CaseResult;
import io.github.liaisonproject.rules.cases.CaseRunner;
import io.github.liaisonproject.rules.cases.CasesFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every bundled cases file against the full standard rule set: one test per case. */
class BundledCasesTest {

  static List<CaseResult> runAll() {
    CaseRunner runner = new CaseRunner(LiaisonRules.standard());
    List<CaseResult> all = new ArrayList<>();
    for (String concern : LiaisonRules.CONCERNS) {
      String name = concern + ".cases.yaml";
      CasesFile file = read(name);
      if (file != null) {
        all.addAll(runner.run(name, file, BundledCasesTest::directory));
      }
    }
    return all;
  }

  static CasesFile read(String name) {
    try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + name)) {
      return in == null ? null : CaseRunner.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  static Directory directory(String relative) {
    try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + relative)) {
      if (in == null) {
        throw new IllegalArgumentException("no directory file " + relative + " next to the cases");
      }
      return CaseRunner.readDirectory(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicContainer> everyBundledCase() {
    return LiaisonRules.CONCERNS.stream().map(concern -> concern + ".cases.yaml")
        .map(name -> {
          CasesFile file = read(name);
          if (file == null) {
            return DynamicContainer.dynamicContainer(name, Stream.of(DynamicTest.dynamicTest("exists",
                () -> assertThat(file).as("cases file %s exists next to its rule file", name).isNotNull())));
          }
          List<CaseResult> results = new CaseRunner(LiaisonRules.standard()).run(name, file, BundledCasesTest::directory);
          return DynamicContainer.dynamicContainer(name, results.stream().map(r -> DynamicTest.dynamicTest(
              (r.index() + 1) + ": " + r.description(),
              () -> assertThat(r.mismatches()).as(r.toString()).isEmpty())));
        });
  }
}
