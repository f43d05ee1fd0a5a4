package io.github.liaisonproject.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.liaisonproject.model.Direction;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.validation.StatementValidator;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GeneratorPropertiesTest {
  private static final Directory DIR = StatementGenerators.sampleDirectory();
  private final StatementValidator validator = StatementValidator.shared();

  @Test
  void validStatementsHaveNoMalformations() {
    qt().withExamples(500).forAll(Gens.of(StatementGenerators.validStatements(DIR)))
        .checkAssert(s -> assertThat(validator.malformations(s)).isEmpty());
  }

  @Test
  void validStatementsOverGeneratedDirectoriesHaveNoMalformations() {
    qt().withExamples(200).forAll(Gens.of(r -> StatementGenerators.validStatements(StatementGenerators.directories().apply(r)).apply(r)))
        .checkAssert(s -> assertThat(validator.malformations(s)).isEmpty());
  }

  @Test
  void generatedDirectoriesAreValid() {
    qt().withExamples(200).forAll(Gens.of(StatementGenerators.directories()))
        .checkAssert(d -> assertThat(validator.validate(d)).isEmpty());
  }

  @Test
  void validateNeverThrowsOnAnyStatement() {
    qt().withExamples(300).forAll(Gens.of(StatementGenerators.anyStatements())).checkAssert(s -> {
      validator.validate(s);
      validator.malformations(s);
    });
  }

  @Test
  void anyStatementsAreSometimesMalformed() {
    Function<Random, LiaisonStatement> gen = StatementGenerators.anyStatements();
    Random r = new Random(1);
    int malformed = 0;
    for (int i = 0; i < 100; i++) {
      malformed += validator.malformations(gen.apply(r)).isEmpty() ? 0 : 1;
    }
    assertThat(malformed).isBetween(30, 100);
  }

  @Test
  void generatorsAreDeterministicForASeed() {
    Function<Random, LiaisonStatement> gen = StatementGenerators.validStatements(DIR);
    for (long seed = 0; seed < 20; seed++) {
      assertThat(gen.apply(new Random(seed))).isEqualTo(gen.apply(new Random(seed)));
      assertThat(StatementGenerators.directories().apply(new Random(seed)))
          .isEqualTo(StatementGenerators.directories().apply(new Random(seed)));
    }
  }

  @Test
  void validStatementsCoverDirectionsAndPurposes() {
    Function<Random, LiaisonStatement> gen = StatementGenerators.validStatements(DIR);
    Random r = new Random(42);
    Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
    Set<Direction> directions = EnumSet.noneOf(Direction.class);
    boolean rightAd = false;
    for (int i = 0; i < 500; i++) {
      LiaisonStatement s = gen.apply(r);
      s.getPurpose().ifPresent(purposes::add);
      directions.add(s.getDirection());
      rightAd |= s.getApprovals().stream().anyMatch(a -> DIR.holds(a.getAddress(),
          io.github.liaisonproject.model.Role.AREA_DIRECTOR, a.getGroup().orElse("?")));
    }
    assertThat(purposes).containsExactlyInAnyOrder(Purpose.values());
    assertThat(directions).containsExactlyInAnyOrder(Direction.values());
    assertThat(rightAd).isTrue();
  }
}
