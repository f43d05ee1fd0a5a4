package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is the listing of the standard rules for policy authors. It is generated from the
 * rule files' metadata; this test fails when it is stale. Regenerate with
 * {@code mvn -pl liaison-rules test -Dtest=RuleListingTest -Dliaison.regenerate=true}.
 */
class RuleListingTest {
  static final Path PAGE = Path.of("../docs/rules.md");

  @Test
  void theCommittedRulesPageIsCurrent() throws IOException {
    String generated = RuleListing.markdown(LiaisonRules.standard().rules());
    if (Boolean.getBoolean("liaison.regenerate") || !Files.exists(PAGE)) {
      Files.createDirectories(PAGE.getParent());
      Files.writeString(PAGE, generated);
    }
    assertThat(Files.readString(PAGE)).as("docs/rules.md is stale: regenerate it (see this test's javadoc)")
        .isEqualTo(generated);
  }

  @Test
  void listingsNameEveryRule() {
    var rules = LiaisonRules.standard().rules();
    String text = RuleListing.text(rules);
    String json = RuleListing.json(rules);
    String md = RuleListing.markdown(rules);
    for (RuleInfo r : rules) {
      assertThat(text).contains(r.id());
      assertThat(json).contains("\"id\" : \"" + r.id() + "\"");
      assertThat(md).contains("| " + r.id() + " |");
    }
  }
}
