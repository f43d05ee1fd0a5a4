package io.github.liaisonproject.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.rules.LiaisonRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/vocabulary.md is the closed vocabulary of the rule files, generated from {@link Vocabulary};
 * this test fails when it is stale, when a vocabulary method lacks its one line, or when a bundled
 * rule file imports a type of the vocabulary package that {@link Vocabulary} does not list.
 * Regenerate with {@code mvn -pl liaison-rules test -Dtest=VocabularyTest -Dliaison.regenerate=true}.
 */
class VocabularyTest {
  static final Path PAGE = Path.of("../docs/vocabulary.md");

  @Test
  void theCommittedVocabularyPageIsCurrent() throws IOException {
    String generated = Vocabulary.markdown();
    if (Boolean.getBoolean("liaison.regenerate") || !Files.exists(PAGE)) {
      Files.writeString(PAGE, generated);
    }
    assertThat(Files.readString(PAGE)).as("docs/vocabulary.md is stale: regenerate it (see this test's javadoc)")
        .isEqualTo(generated);
  }

  @Test
  void everyVocabularyTypeAndMethodIsDescribed() {
    for (Class<?> t : Vocabulary.types()) {
      assertThat(t.getAnnotation(Describe.class)).as("@Describe on %s", t.getSimpleName()).isNotNull();
      assertThat(Vocabulary.entries(t)).as("entries of %s", t.getSimpleName()).isNotNull();
    }
  }

  @Test
  void theBundledRuleFilesImportOnlyListedVocabularyTypes() throws IOException {
    Pattern imp = Pattern.compile("(?m)^import io\\.github\\.liaisonproject\\.rules\\.vocabulary\\.(\\w+);");
    Set<String> listed = Vocabulary.types().stream().map(Class::getSimpleName).collect(Collectors.toSet());
    listed.add("Header");
    Set<String> unlisted = new TreeSet<>();
    for (String concern : LiaisonRules.CONCERNS) {
      String name = "io/github/liaisonproject/rules/standard/" + concern + ".drl";
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        Matcher m = imp.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) {
          if (!listed.contains(m.group(1))) {
            unlisted.add(concern + ".drl: " + m.group(1));
          }
        }
      }
    }
    assertThat(unlisted).as("vocabulary types the rule files import but Vocabulary does not list").isEmpty();
  }

  @Test
  void theDecisionHelpersOfOldAreGone() {
    String md = Vocabulary.markdown();
    assertThat(md).doesNotContain("approvalUnits").doesNotContain("deliveryTo").doesNotContain("consensusContextNeeded")
        .doesNotContain("allPotentialApprovers").doesNotContain("approvalUnitsLabel");
  }
}
