package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A large batch (indexed, validated and assessed in parallel) answers as one-by-one assessments do. */
class BatchTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  static List<LiaisonStatement> batch(Directory directory, int n) {
    Function<Random, LiaisonStatement> gen = StatementGenerators.validStatements(directory);
    Random random = new Random(77);
    List<LiaisonStatement> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ImmutableLiaisonStatement s = ImmutableLiaisonStatement.copyOf(gen.apply(random)).withId("b-" + i);
      if (i > 0 && random.nextInt(3) == 0) {
        s = s.withRespondsTo("b-" + random.nextInt(i)); // replies to statements of the batch
      }
      all.add(s);
    }
    return all;
  }

  /** What assessAll promises: each statement with the batch's statements it answers or that answer it. */
  static List<LiaisonStatement> related(LiaisonStatement s, List<LiaisonStatement> all) {
    List<LiaisonStatement> related = new ArrayList<>();
    for (LiaisonStatement o : all) {
      if (o != s && o.getId().isPresent() && s.getRespondsTo().contains(o.getId().get())) {
        related.add(o);
      }
    }
    for (LiaisonStatement o : all) {
      if (o != s && s.getId().isPresent() && o.getRespondsTo().contains(s.getId().get()) && !related.contains(o)) {
        related.add(o);
      }
    }
    return related;
  }

  @Test
  void aLargeBatchAnswersAsOneByOne() {
    Directory directory = StatementGenerators.sampleDirectory();
    List<LiaisonStatement> all = batch(directory, 2 * LiaisonRules.PARALLEL_BATCH + 17);
    List<Assessment> batch = LiaisonRules.standard().assessAll(all, directory, AS_OF);
    assertThat(batch).hasSameSizeAs(all);
    for (int i = 0; i < all.size(); i++) {
      LiaisonStatement s = all.get(i);
      assertThat(batch.get(i)).as("statement " + i)
          .isEqualTo(LiaisonRules.standard().assess(s, directory, AS_OF, related(s, all)));
    }
  }

  @Test
  void aLargeBatchIsRejectedForItsFirstMalformedStatement() {
    Directory directory = StatementGenerators.sampleDirectory();
    List<LiaisonStatement> all = new ArrayList<>(batch(directory, LiaisonRules.PARALLEL_BATCH + 50));
    all.set(100, ImmutableLiaisonStatement.copyOf(all.get(100)).withFromContacts("first <bad@example.org>"));
    all.set(200, ImmutableLiaisonStatement.copyOf(all.get(200)).withToContacts("second-bad"));
    assertThatThrownBy(() -> LiaisonRules.standard().assessAll(all, directory, AS_OF))
        .isInstanceOfSatisfying(InvalidStatementException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path()).containsExactly("fromContacts[0]"));
  }
}
