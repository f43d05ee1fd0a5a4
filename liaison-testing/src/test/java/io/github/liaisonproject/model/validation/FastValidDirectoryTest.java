package io.github.liaisonproject.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Area;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.ImmutableArea;
import io.github.liaisonproject.model.ImmutableDirectory;
import io.github.liaisonproject.model.ImmutableLiaisonRelationship;
import io.github.liaisonproject.model.ImmutablePerson;
import io.github.liaisonproject.model.ImmutableResearchGroup;
import io.github.liaisonproject.model.ImmutableWorkingGroup;
import io.github.liaisonproject.model.LiaisonRelationship;
import io.github.liaisonproject.model.Person;
import io.github.liaisonproject.model.ResearchGroup;
import io.github.liaisonproject.model.WorkingGroup;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.model.testing.StatementGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link StatementValidator#isValidFast(Directory)} says true exactly when Hibernate Validator finds
 * no violation, on generated directories, valid and with constrained fields set near and past their
 * limits; and {@link StatementValidator#validate(Directory)} still reports every violation of an
 * invalid one as Hibernate Validator does.
 */
class FastValidDirectoryTest {
  private static final int CASES = 800;

  private static final String[] TEXTS = {"", " ", "\t", "\u2003", "\u00a0", "x", "ops", "a\nb", "a\rb", "a\u2028b",
      "a\u0085b", "a\u000bb", "a\u000cb", "a\u0000b", "chair@example.org", "chair@example", "Chair <chair@example.org>",
      " chair@example.org", "x".repeat(200), "x".repeat(201), "x".repeat(242) + "@example.org",
      "x".repeat(243) + "@example.org"};

  private static String text(Random r) {
    return TEXTS[r.nextInt(TEXTS.length)];
  }

  private static Person person(Random r) {
    return r.nextBoolean() ? ImmutablePerson.builder().name(text(r)).address("p@example.org").build()
        : ImmutablePerson.builder().name("Pat Example").address(text(r)).build();
  }

  /** Valid directories with one or two constrained fields set to a text near a limit or just past it. */
  private static Function<Random, Directory> mutated() {
    Function<Random, Directory> valid = StatementGenerators.directories();
    return r -> {
      ImmutableDirectory d = ImmutableDirectory.copyOf(valid.apply(r));
      for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
        switch (r.nextInt(20)) {
          case 0 -> d = d.withAreas(with(d.getAreas(), ImmutableArea.builder().acronym(text(r)).build()));
          case 1 -> d = d.withAreas(with(d.getAreas(), ImmutableArea.builder().acronym("ops").name(text(r)).build()));
          case 2 -> d = d.withAreas(with(d.getAreas(), ImmutableArea.builder().acronym("ops").addDirectors(person(r)).build()));
          case 3 -> d = d.withWorkingGroups(with(d.getWorkingGroups(),
              ImmutableWorkingGroup.builder().acronym(text(r)).area("ops").build()));
          case 4 -> d = d.withWorkingGroups(with(d.getWorkingGroups(),
              ImmutableWorkingGroup.builder().acronym("wg").area(text(r)).name(r.nextBoolean() ? "Name" : text(r)).build()));
          case 5 -> d = d.withWorkingGroups(with(d.getWorkingGroups(),
              ImmutableWorkingGroup.builder().acronym("wg").area("ops").addChairs(person(r)).build()));
          case 6 -> d = d.withWorkingGroups(with(d.getWorkingGroups(),
              ImmutableWorkingGroup.builder().acronym("wg").area("ops").listAddress(text(r)).build()));
          case 7 -> d = d.withResearchGroups(with(d.getResearchGroups(),
              ImmutableResearchGroup.builder().acronym(text(r)).name(r.nextBoolean() ? "Name" : text(r)).build()));
          case 8 -> d = d.withResearchGroups(with(d.getResearchGroups(),
              ImmutableResearchGroup.builder().acronym("rg").addChairs(person(r)).listAddress(text(r)).build()));
          case 9 -> d = d.withIetfChair(person(r));
          case 10 -> d = d.withIabChair(person(r));
          case 11 -> d = d.withIrtfChair(person(r));
          case 12 -> d = d.withIesgAddress(text(r));
          case 13 -> d = d.withIabAddress(text(r));
          case 14 -> d = d.withLiaisonCoordination(text(r));
          case 15 -> d = d.withRelationships(with(d.getRelationships(),
              ImmutableLiaisonRelationship.builder().organization(text(r)).build()));
          case 16 -> d = d.withRelationships(with(d.getRelationships(),
              ImmutableLiaisonRelationship.builder().organization("ITU-T").group(text(r)).alias(r.nextBoolean()
                  ? "sg15@iab.org" : text(r)).build()));
          case 17 -> d = d.withRelationships(with(d.getRelationships(),
              ImmutableLiaisonRelationship.builder().organization("ITU-T").addManagers(person(r)).build()));
          case 18 -> d = d.withPersonalAddresses(with(d.getPersonalAddresses(), text(r)));
          default -> d = d.withAreas(with(d.getAreas(), ImmutableArea.builder().acronym("sec")
              .addDirectors(Person.of("A B", "ab@example.org"), person(r)).build()));
        }
      }
      return d;
    };
  }

  private static <T> List<T> with(List<T> list, T extra) {
    List<T> l = new ArrayList<>(list);
    l.add(extra);
    return l;
  }

  @Test
  void theFastCheckAgreesWithHibernateValidator() {
    Random r = new Random(5);
    Function<Random, Directory> gen = mutated();
    int valid = 0;
    for (int i = 0; i < CASES; i++) {
      Directory d = gen.apply(r);
      List<Violation> hv = StatementValidator.shared().validateByHibernateValidator(d);
      assertThat(StatementValidator.isValidFast(d)).as("case %d: %s", i, d).isEqualTo(hv.isEmpty());
      // the public entry point reports what Hibernate Validator reports
      assertThat(StatementValidator.shared().validate(d)).as("case %d", i).isEqualTo(hv);
      valid += hv.isEmpty() ? 1 : 0;
    }
    assertThat(valid).as("valid cases, of %d", CASES).isPositive().isLessThan(CASES);
  }

  @Test
  void generatedAndBundledDirectoriesAreValid() {
    Random r = new Random(6);
    Function<Random, Directory> gen = StatementGenerators.directories();
    for (int i = 0; i < 300; i++) {
      Directory d = gen.apply(r);
      assertThat(StatementValidator.isValidFast(d)).as("%s", d).isTrue();
      assertThat(StatementValidator.shared().validateByHibernateValidator(d)).isEmpty();
    }
    assertThat(StatementValidator.isValidFast(Samples.directory())).isTrue();
  }

  /** A directory implementation of the embedder's own can hold nulls the immutable one refuses. */
  @Test
  void nullsTheImmutableModelRefusesAreFoundToo() {
    Directory valid = Samples.directory();
    Directory withNullArea = new DelegatingDirectory(valid) {
      @Override
      public List<Area> getAreas() {
        List<Area> l = new ArrayList<>(valid.getAreas());
        l.add(null);
        return l;
      }
    };
    assertThat(StatementValidator.isValidFast(withNullArea)).isFalse();
    assertThat(StatementValidator.shared().validate(withNullArea)).isNotEmpty()
        .isEqualTo(StatementValidator.shared().validateByHibernateValidator(withNullArea));
  }

  /** Every value from another directory; subclasses change one. */
  private static class DelegatingDirectory extends Directory {
    private final Directory d;

    DelegatingDirectory(Directory d) {
      this.d = d;
    }

    @Override
    public List<Area> getAreas() {
      return d.getAreas();
    }

    @Override
    public List<WorkingGroup> getWorkingGroups() {
      return d.getWorkingGroups();
    }

    @Override
    public List<ResearchGroup> getResearchGroups() {
      return d.getResearchGroups();
    }

    @Override
    public java.util.Optional<Person> getIetfChair() {
      return d.getIetfChair();
    }

    @Override
    public java.util.Optional<Person> getIabChair() {
      return d.getIabChair();
    }

    @Override
    public java.util.Optional<Person> getIrtfChair() {
      return d.getIrtfChair();
    }

    @Override
    public java.util.Optional<String> getIesgAddress() {
      return d.getIesgAddress();
    }

    @Override
    public java.util.Optional<String> getIabAddress() {
      return d.getIabAddress();
    }

    @Override
    public List<LiaisonRelationship> getRelationships() {
      return d.getRelationships();
    }

    @Override
    public List<String> getPersonalAddresses() {
      return d.getPersonalAddresses();
    }
  }
}
