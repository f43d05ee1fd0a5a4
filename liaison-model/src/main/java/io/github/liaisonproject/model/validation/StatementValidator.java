package io.github.liaisonproject.model.validation;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one validation entry point. Thread-safe; build it once ({@link #shared()}).
 *
 * <ul>
 *   <li>{@link #validate} returns every violation: malformed input and completeness gaps.
 *   <li>{@link #requireWellFormed} throws {@link InvalidStatementException} when the statement is
 *       malformed (what the rules cannot process safely); completeness gaps are left to the rules,
 *       which report them as findings with their rule IDs.
 * </ul>
 */
public final class StatementValidator {
  private static final StatementValidator SHARED = new StatementValidator();

  private final Validator validator;

  private StatementValidator() {
    // ParameterMessageInterpolator: our messages use no EL, so none is evaluated (and none can be injected).
    ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  public static StatementValidator shared() {
    return SHARED;
  }

  /** Every violation, malformed input and completeness gaps alike, ordered by property path. */
  public List<Violation> validate(LiaisonStatement statement) {
    Objects.requireNonNull(statement, "statement");
    List<Violation> all = new ArrayList<>(convert(validator.validate(statement, Default.class), false));
    all.addAll(convert(validator.validate(statement, Completeness.class), true));
    all.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return all;
  }

  /** The violations that make the statement unsafe to process (the default group only). */
  public List<Violation> malformations(LiaisonStatement statement) {
    Objects.requireNonNull(statement, "statement");
    List<Violation> found = convert(validator.validate(statement, Default.class), false);
    found.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return found;
  }

  /** Throws, listing every malformation, unless the statement can be processed. */
  public void requireWellFormed(LiaisonStatement statement) {
    List<Violation> found = malformations(statement);
    if (!found.isEmpty()) {
      throw new InvalidStatementException("statement" + statement.getId().map(id -> " " + id).orElse(""), found);
    }
  }

  /** Every violation in a directory. */
  public List<Violation> validate(Directory directory) {
    Objects.requireNonNull(directory, "directory");
    List<Violation> found = convert(validator.validate(directory), false);
    found.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return found;
  }

  /** Throws, listing every violation, unless the directory is valid. */
  public void requireValid(Directory directory) {
    List<Violation> found = validate(directory);
    if (!found.isEmpty()) {
      throw new InvalidStatementException("directory", found);
    }
  }

  private static <T> List<Violation> convert(Set<ConstraintViolation<T>> violations, boolean completeness) {
    List<Violation> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<T> v : violations) {
      out.add(new Violation(path(v), v.getMessage(), shorten(v.getInvalidValue()), completeness));
    }
    return out;
  }

  /**
   * Hibernate Validator names getter properties without the prefix, but container elements as
   * {@code fromContacts[0].<list element>}; keep the user's view: {@code fromContacts[0]}.
   */
  private static String path(ConstraintViolation<?> v) {
    String p = v.getPropertyPath().toString();
    p = p.replaceAll("\\.<[^>]+>", "");
    p = p.replace("<list element>", "").replace("<optional value>", "");
    return p;
  }

  private static String shorten(Object value) {
    if (value == null || !(value instanceof CharSequence)) {
      return null;
    }
    String s = value.toString().replace("\r", "\\r").replace("\n", "\\n");
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
