package io.github.liaisonproject.model.validation;

import io.github.liaisonproject.model.Approval;
import io.github.liaisonproject.model.Area;
import io.github.liaisonproject.model.Attachment;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.LiaisonRelationship;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Person;
import io.github.liaisonproject.model.ResearchGroup;
import io.github.liaisonproject.model.RoleHolding;
import io.github.liaisonproject.model.Submitter;
import io.github.liaisonproject.model.WorkingGroup;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  private StatementValidator() {}

  /**
   * Hibernate Validator, started on first use only: well-formed statements never need it (the
   * hand-written check answers), so an application that only assesses them does not pay for its
   * start-up nor see its start-up log line.
   */
  private static final class Hibernate {
    // ParameterMessageInterpolator: our messages use no EL, so none is evaluated (and none can be injected).
    // Hibernate Validator announces its version at INFO when it starts. Through JBoss Logging's
    // fallback, java.util.logging, that is a line on every application's stderr: unless the
    // application configured that logger, it is set to WARNING (held here, as JUL keeps loggers
    // weakly). Applications whose JBoss Logging goes to Log4j 2, Logback or SLF4J decide for
    // themselves; nothing else is changed.
    private static final java.util.logging.Logger VERSION_LOGGER =
        java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

    static final Validator VALIDATOR = buildValidator();

    private static Validator buildValidator() {
      if (VERSION_LOGGER.getLevel() == null) {
        VERSION_LOGGER.setLevel(java.util.logging.Level.WARNING);
      }
      ValidatorFactory factory = Validation.byDefaultProvider().configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
      return factory.getValidator();
    }
  }

  /** {@return the one validator, thread-safe; Hibernate Validator starts on the first call that needs it} */
  public static StatementValidator shared() {
    return SHARED;
  }

  /**
   * {@return every violation, malformed input and completeness gaps alike, ordered by property path, in a new
   * list (empty when valid)}
   * @param statement the statement; not null
   */
  public List<Violation> validate(LiaisonStatement statement) {
    Objects.requireNonNull(statement, "statement");
    List<Violation> all = new ArrayList<>(convert(Hibernate.VALIDATOR.validate(statement, Default.class), false));
    all.addAll(convert(Hibernate.VALIDATOR.validate(statement, Completeness.class), true));
    all.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return all;
  }

  /**
   * {@return the violations that make the statement unsafe to process (the default group only), ordered by
   * property path, in a new list (empty when well-formed)}
   * @param statement the statement; not null
   */
  public List<Violation> malformations(LiaisonStatement statement) {
    Objects.requireNonNull(statement, "statement");
    if (isWellFormedFast(statement)) {
      return new ArrayList<>();
    }
    return malformationsByHibernateValidator(statement);
  }

  /** {@link #malformations} without the hand-written fast check: for tests comparing the two. */
  List<Violation> malformationsByHibernateValidator(LiaisonStatement statement) {
    Objects.requireNonNull(statement, "statement");
    List<Violation> found = convert(Hibernate.VALIDATOR.validate(statement, Default.class), false);
    found.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return found;
  }

  /**
   * Throws, listing every malformation, unless the statement can be processed.
   *
   * @param statement the statement; not null
   * @throws InvalidStatementException with every malformation, when there is one
   */
  public void requireWellFormed(LiaisonStatement statement) {
    List<Violation> found = malformations(statement);
    if (!found.isEmpty()) {
      throw new InvalidStatementException("statement" + statement.getId().map(id -> " " + id).orElse(""), found);
    }
  }

  /**
   * True exactly when the statement has no violation of the default group
   * ({@code malformations(statement).isEmpty()}), checked by hand: the same constraints as the
   * annotations on the model, without Hibernate Validator's reflection. {@link #malformations} asks
   * Hibernate Validator only when this finds a problem, so that every violation is still reported
   * with its path and message. Keep it in step with the model's constraint annotations (a property
   * test compares the two).
   *
   * @param s the statement; may be null (then false)
   * @return true when the statement is well-formed
   */
  public static boolean isWellFormedFast(LiaisonStatement s) {
    if (s == null) {
      return false;
    }
    // LiaisonStatement
    if (!optionalText(s.getId(), 100)
        || !bodies(s.getFrom(), 50)
        || !addresses(s.getFromContacts(), 200)
        || !optionalAddress(s.getSendReplyTo())
        || !bodies(s.getTo(), 50)
        || !addresses(s.getToContacts(), 200)
        || !optionalAddress(s.getSendTo())
        || !optionalNotBlankSize(s.getSubject(), 10_000)
        || !optionalSize(s.getBody(), 2_000_000)
        || !attachments(s.getAttachments())
        || !documents(s.getDocuments())
        || !lines(s.getRespondsTo(), 100, 100)
        || !lines(s.getOtherIdentifiers(), 50, 200)
        || !lines(s.getFromContactNames(), 200, 500)
        || !lines(s.getToContactNames(), 200, 500)
        || !optionalAddress(s.getReceivedFrom())
        || !optionalAddress(s.getReceivedAt())
        || !optionalAddress(s.getAssignee())) {
      return false;
    }
    if (s.getRecord().isPresent() && !optionalText(s.getRecord().get().getRecordedBy(), Integer.MAX_VALUE)) {
      return false;
    }
    if (s.getRecordedApproval().isPresent() && (!optionalText(s.getRecordedApproval().get().getBy(), 500)
        || !optionalAddress(s.getRecordedApproval().get().getByAddress()))) {
      return false;
    }
    // Consensus and ReplyContent carry no constraint; FollowUp one list.
    if (s.getFollowUp() == null || !lines(s.getFollowUp().getActionsRecorded(), Integer.MAX_VALUE, 2000)) {
      return false;
    }
    if (s.getApprovals().size() > 50) {
      return false;
    }
    for (Approval a : s.getApprovals()) {
      if (a == null || !optionalText(a.getName(), Integer.MAX_VALUE) || !MailAddressValidator.isMailAddress(a.getAddress())
          || a.getRole() == null || !optionalText(a.getGroup(), Integer.MAX_VALUE)) {
        return false;
      }
    }
    if (s.getSubmitter().isPresent()) {
      Submitter sub = s.getSubmitter().get();
      if (!optionalText(sub.getName(), Integer.MAX_VALUE) || !MailAddressValidator.isMailAddress(sub.getAddress())) {
        return false;
      }
      for (RoleHolding r : sub.getRoles()) {
        if (r == null || r.getRole() == null || !optionalText(r.getGroup(), Integer.MAX_VALUE)) {
          return false;
        }
      }
    }
    return bodies(s.getCorrectGroups(), 50) && (s.getLeadGroup().isEmpty() || body(s.getLeadGroup().get()));
  }

  /** {@code @NotBlank} as Hibernate Validator 9 checks it: not null, not {@code String.isBlank()}. */
  private static boolean notBlank(String v) {
    return v != null && !v.isBlank();
  }

  /** {@code Optional<@NotBlankIfPresent @Size(max) @SingleLine String>}. */
  private static boolean optionalText(Optional<String> v, int max) {
    if (v.isEmpty()) {
      return true;
    }
    String t = v.get();
    return !t.isBlank() && t.length() <= max && SingleLineValidator.isSingleLine(t);
  }

  /** {@code Optional<@NotBlankIfPresent @Size(max) String>} (the subject's single line is a completeness check). */
  private static boolean optionalNotBlankSize(Optional<String> v, int max) {
    return v.isEmpty() || (!v.get().isBlank() && v.get().length() <= max);
  }

  private static boolean optionalSize(Optional<String> v, int max) {
    return v.isEmpty() || v.get().length() <= max;
  }

  private static boolean optionalAddress(Optional<String> v) {
    return v.isEmpty() || MailAddressValidator.isMailAddress(v.get());
  }

  /** {@code @Size(max) List<@NotNull @MailAddress String>}. */
  private static boolean addresses(List<String> list, int max) {
    if (list.size() > max) {
      return false;
    }
    for (String a : list) {
      if (!MailAddressValidator.isMailAddress(a)) {
        return false;
      }
    }
    return true;
  }

  /** {@code @Size(maxItems) List<@NotBlank @Size(maxLength) @SingleLine String>}. */
  private static boolean lines(List<String> list, int maxItems, int maxLength) {
    if (list.size() > maxItems) {
      return false;
    }
    for (String t : list) {
      if (!notBlank(t) || t.length() > maxLength || !SingleLineValidator.isSingleLine(t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean bodies(List<Body> list, int max) {
    if (list.size() > max) {
      return false;
    }
    for (Body b : list) {
      if (!body(b)) {
        return false;
      }
    }
    return true;
  }

  private static boolean body(Body b) {
    if (b == null || b.getKind() == null) {
      return false;
    }
    String org = b.getOrganization();
    return notBlank(org) && org.length() <= 200 && SingleLineValidator.isSingleLine(org) && optionalText(b.getName(), 200);
  }

  private static boolean documents(List<DocumentReference> list) {
    if (list.size() > 500) {
      return false;
    }
    for (DocumentReference d : list) {
      if (!document(d)) {
        return false;
      }
    }
    return true;
  }

  private static boolean document(DocumentReference d) {
    if (d == null || d.getKind() == null) {
      return false;
    }
    String name = d.getName();
    return notBlank(name) && name.length() <= 300 && SingleLineValidator.isSingleLine(name);
  }

  private static boolean attachments(List<Attachment> list) {
    if (list.size() > 200) {
      return false;
    }
    for (Attachment a : list) {
      if (a == null || !optionalText(a.getTitle(), 500) || !optionalText(a.getFileName(), 255)
          || !optionalText(a.getMediaType(), 255) || !a.isFileOrUri()
          || (a.getDocument().isPresent() && !document(a.getDocument().get()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every violation in a directory. A valid directory is recognised by {@link #isValidFast}
   * without starting Hibernate Validator (its bootstrap is a good part of a command-line run's
   * start-up); only a directory that check finds a problem in is validated by Hibernate Validator,
   * so that every violation is reported with its path and message.
   *
   * @param directory the directory; not null
   * @return every violation, ordered by property path, in a new list (empty when valid)
   */
  public List<Violation> validate(Directory directory) {
    Objects.requireNonNull(directory, "directory");
    if (isValidFast(directory)) {
      return new ArrayList<>();
    }
    return validateByHibernateValidator(directory);
  }

  /** {@link #validate(Directory)} without the hand-written fast check: for tests comparing the two. */
  List<Violation> validateByHibernateValidator(Directory directory) {
    Objects.requireNonNull(directory, "directory");
    List<Violation> found = convert(Hibernate.VALIDATOR.validate(directory), false);
    found.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return found;
  }

  /**
   * True exactly when the directory has no violation ({@code validate(directory).isEmpty()}),
   * checked by hand: the same constraints as the annotations on {@link Directory}, {@link Area},
   * {@link WorkingGroup}, {@link ResearchGroup}, {@link LiaisonRelationship} and {@link Person},
   * without Hibernate Validator. Keep it in step with those annotations (a property test compares
   * the two).
   *
   * @param d the directory; null gives false
   * @return true when it has no violation
   */
  public static boolean isValidFast(Directory d) {
    if (d == null) {
      return false;
    }
    for (Area a : d.getAreas()) {
      if (a == null || !acronym(a.getAcronym()) || !optionalText(a.getName(), Integer.MAX_VALUE) || !people(a.getDirectors())) {
        return false;
      }
    }
    for (WorkingGroup g : d.getWorkingGroups()) {
      if (g == null || !acronym(g.getAcronym()) || !optionalText(g.getName(), Integer.MAX_VALUE) || !acronym(g.getArea())
          || !people(g.getChairs()) || !optionalAddress(g.getListAddress())) {
        return false;
      }
    }
    for (ResearchGroup g : d.getResearchGroups()) {
      if (g == null || !acronym(g.getAcronym()) || !optionalText(g.getName(), Integer.MAX_VALUE) || !people(g.getChairs())
          || !optionalAddress(g.getListAddress())) {
        return false;
      }
    }
    if (!optionalPerson(d.getIetfChair()) || !optionalPerson(d.getIabChair()) || !optionalPerson(d.getIrtfChair())
        || !optionalAddress(d.getIesgAddress()) || !optionalAddress(d.getIabAddress())
        || !MailAddressValidator.isMailAddress(d.getLiaisonCoordination())) {
      return false;
    }
    for (LiaisonRelationship r : d.getRelationships()) {
      if (r == null || !acronym(r.getOrganization()) || !optionalText(r.getGroup(), Integer.MAX_VALUE)
          || !people(r.getManagers()) || !optionalAddress(r.getAlias())) {
        return false;
      }
    }
    return addresses(d.getPersonalAddresses(), Integer.MAX_VALUE);
  }

  /** {@code @NotBlank @SingleLine String} (acronyms, an area's name on a WG, an organization). */
  private static boolean acronym(String v) {
    return notBlank(v) && SingleLineValidator.isSingleLine(v);
  }

  /** {@code List<@NotNull @Valid Person>}: a name {@code @NotBlank @Size(max = 200) @SingleLine}, an address {@code @NotNull @MailAddress}. */
  private static boolean people(List<? extends Person> list) {
    for (Person p : list) {
      if (!person(p)) {
        return false;
      }
    }
    return true;
  }

  private static boolean person(Person p) {
    return p != null && notBlank(p.getName()) && p.getName().length() <= 200 && SingleLineValidator.isSingleLine(p.getName())
        && MailAddressValidator.isMailAddress(p.getAddress());
  }

  private static boolean optionalPerson(Optional<? extends Person> p) {
    return p.isEmpty() || person(p.get());
  }

  /**
   * Throws, listing every violation, unless the directory is valid.
   *
   * @param directory the directory; not null
   * @throws InvalidStatementException with every violation, when there is one
   */
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
