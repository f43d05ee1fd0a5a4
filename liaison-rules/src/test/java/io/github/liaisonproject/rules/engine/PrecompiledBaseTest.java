package io.github.liaisonproject.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.rules.LiaisonRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.core.impl.InternalRuleBase;
import org.junit.jupiter.api.Test;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;

/** The precompiled base has the options of its kmodule.xml kbase and the recording consequence-exception handler. */
class PrecompiledBaseTest {
  @Test
  @SuppressWarnings("unchecked") // Drools' getOption(KEY) is declared with a raw option type
  void thePrecompiledBaseRecordsThrowingConsequences() throws IOException {
    List<RuleFile> files = new ArrayList<>();
    for (String concern : LiaisonRules.CONCERNS) {
      try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + concern + ".drl")) {
        files.add(new RuleFile(concern + ".drl", "bundled:" + concern + ".drl",
            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    RuleSetCompiler.Compiled compiled = new RuleSetCompiler().precompiled(files, Set.of()).orElseThrow();
    var conf = ((InternalRuleBase) compiled.kieBase()).getRuleBaseConfiguration();
    assertThat(conf.getConsequenceExceptionHandler()).isEqualTo(Assessor.RecordingHandler.class.getName());
    assertThat(conf.getOption(EqualityBehaviorOption.KEY)).isEqualTo(EqualityBehaviorOption.IDENTITY);
    assertThat(conf.getOption(EventProcessingOption.KEY)).isEqualTo(EventProcessingOption.CLOUD);
    assertThat(compiled.rulesByName().values()).allSatisfy(r -> assertThat(r.source()).startsWith("bundled:"));
  }
}
