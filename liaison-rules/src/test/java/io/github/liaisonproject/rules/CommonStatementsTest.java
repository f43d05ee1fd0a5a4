package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.BodyKind;
import io.github.liaisonproject.model.Direction;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.testing.CommonStatements;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.model.validation.StatementValidator;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** liaison-testing's pre-filtered generators keep their promises under the standard rule set. */
class CommonStatementsTest {
  private static final Directory DIR = StatementGenerators.sampleDirectory();
  private static final LiaisonRules RULES = LiaisonRules.standard();
  private static final int EXAMPLES = 300;

  @Test
  void readyToSendOutgoingIsReadyToSend() {
    check(CommonStatements.readyToSendOutgoing(DIR), s -> {
      Assessment a = RULES.assess(s, DIR, CommonStatements.AS_OF);
      assertThat(a.readyToSend()).as("%s%n%s", s, a.findings()).isTrue();
    });
  }

  @Test
  void multiGroupOutgoingIsReadyToSendFromSeveralGroups() {
    check(CommonStatements.multiGroupOutgoing(DIR), s -> {
      assertThat(s.getFrom()).hasSizeGreaterThanOrEqualTo(2).allMatch(b -> b.getKind() == BodyKind.WORKING_GROUP);
      Assessment a = RULES.assess(s, DIR, CommonStatements.AS_OF);
      assertThat(a.readyToSend()).as("%s%n%s", s, a.findings()).isTrue();
    });
  }

  @Test
  void incomingForActionIsIncomingForAction() {
    check(CommonStatements.incomingForAction(DIR), s -> {
      assertThat(s.getDirection()).isEqualTo(Direction.INCOMING);
      assertThat(s.getPurpose()).contains(Purpose.FOR_ACTION);
      RULES.assess(s, DIR, CommonStatements.AS_OF); // no rule fails on them
    });
  }

  @Test
  void repliesAnswerTheirOriginal() {
    check(CommonStatements.replies(DIR), s -> {
      assertThat(s.getDirection()).isEqualTo(Direction.OUTGOING);
      assertThat(s.getPurpose()).contains(Purpose.IN_RESPONSE);
      assertThat(s.getRespondsTo()).isNotEmpty();
    });
  }

  private static void check(Function<Random, LiaisonStatement> generator, java.util.function.Consumer<LiaisonStatement> property) {
    Random r = new Random(13);
    for (int i = 0; i < EXAMPLES; i++) {
      LiaisonStatement s = generator.apply(r);
      assertThat(StatementValidator.shared().malformations(s)).as("%s", s).isEmpty();
      property.accept(s);
    }
  }
}
