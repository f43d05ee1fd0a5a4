package io.github.liaisonproject.rules;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import io.github.liaisonproject.model.validation.StatementValidator;
import io.github.liaisonproject.rules.engine.Assessor;
import io.github.liaisonproject.rules.engine.RuleCatalog;
import io.github.liaisonproject.rules.engine.RuleFile;
import io.github.liaisonproject.rules.engine.RuleSetCompiler;
import io.github.liaisonproject.rules.engine.WellFormed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A compiled rule set: the procedure of draft-iab-rfc4053bis as rules, ready to assess statements.
 * Build it once and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * LiaisonRules rules = LiaisonRules.standard();
 * Assessment a = rules.assess(statement, directory, LocalDate.now());
 * a.readyToSend();   a.findings();   a.approval();   a.delivery();   a.obligations();
 * }</pre>
 */
public final class LiaisonRules {
  /**
   * The concerns of the standard rule set, one bundled file each, in the order the files are compiled;
   * unmodifiable.
   */
  public static final List<String> CONCERNS = List.of("content", "purpose", "routing", "approval", "relationship",
      "consensus", "transmission", "recording", "response");

  /** Where the bundled rule files are on the class path: {@value}. */
  public static final String BUNDLED_PATH = "/io/github/liaisonproject/rules/standard/";

  /** The default RESPONSE-DUE-SOON window, in days: {@value}. */
  public static final int DEFAULT_DUE_SOON_DAYS = 14;

  private static volatile LiaisonRules standard;

  private final Assessor assessor;
  private final int dueSoonDays;
  private final List<RuleFile> files;
  /** The bundled files no author file replaced, when their precompiled models may be used (why-not probes). */
  private final List<RuleFile> keptBundled;
  private final boolean precompiled;
  private volatile Directory lastValidDirectory;

  private LiaisonRules(Assessor assessor, int dueSoonDays, List<RuleFile> files, List<RuleFile> keptBundled,
      boolean precompiled) {
    this.assessor = assessor;
    this.keptBundled = List.copyOf(keptBundled);
    this.precompiled = precompiled;
    this.dueSoonDays = dueSoonDays;
    this.files = List.copyOf(files);
  }

  /**
   * The standard rule set: the bundled files with the default settings, loaded on first use (from
   * the rule base precompiled at build time when it is on the class path) and shared by every
   * caller. Thread-safe; later calls return the same instance.
   *
   * @return the standard rule set, never null
   * @throws RuleSetException only when the bundled files are damaged (a broken build)
   */
  public static LiaisonRules standard() {
    LiaisonRules s = standard;
    if (s == null) {
      synchronized (LiaisonRules.class) {
        s = standard;
        if (s == null) {
          s = builder().build();
          standard = s;
        }
      }
    }
    return s;
  }

  /** {@return a new builder for a rule set: the bundled files, changed as asked; not thread-safe} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assesses a statement on its own (no related statements at hand). Safe to call from any number of
   * threads at once: each call runs in a session of its own.
   *
   * @param statement the statement; not null
   * @param directory the directory of roles; not null
   * @param asOf the day "today" is; deadline rules never read the clock; not null
   * @return the assessment, never null
   * @throws InvalidStatementException when the statement or directory is malformed, listing every violation
   * @throws NullPointerException when an argument is null
   */
  public Assessment assess(LiaisonStatement statement, Directory directory, LocalDate asOf) {
    return assess(statement, directory, asOf, List.of());
  }

  /**
   * Assesses a statement together with the statements it is related to: the originals it answers
   * (for ROUTE-REPLY-SEND-TO) and the replies that answer it (which discharge RESPONSE-DUE).
   * Thread-safe, as {@link #assess(LiaisonStatement, Directory, LocalDate)}.
   *
   * @param statement the statement; not null
   * @param directory the directory of roles; not null
   * @param asOf the day "today" is; deadline rules never read the clock; not null
   * @param related the related statements, validated as the statement is; not null, no null element (the
   *     statement itself, if among them, is skipped)
   * @return the assessment, never null
   * @throws InvalidStatementException when the statement, a related statement or the directory is malformed,
   *     listing every violation
   * @throws NullPointerException when an argument or a related statement is null
   */
  public Assessment assess(LiaisonStatement statement, Directory directory, LocalDate asOf,
      Collection<LiaisonStatement> related) {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(related, "related");
    WellFormed.require(statement);
    requireValid(directory);
    List<LiaisonStatement> others = new ArrayList<>(related.size());
    for (LiaisonStatement r : related) {
      Objects.requireNonNull(r, "related statement");
      if (r != statement) {
        // Related statements are read by rules as much as the statement itself (a reply's Send To
        // comes from its original's Send Reply To): malformed ones are refused the same way.
        WellFormed.require(r);
        others.add(r);
      }
    }
    return assessor.assess(statement, directory, asOf, others, dueSoonDays);
  }

  /**
   * Assesses a statement as {@link #assess(LiaisonStatement, Directory, LocalDate, Collection)}
   * does, and says why: for every finding, decision and obligation, the rule that made it and the
   * facts its conditions matched. Runs in a session of its own with a listener attached, so it
   * costs more than {@code assess}; {@code assess} itself records nothing. Thread-safe.
   *
   * @param statement the statement; not null
   * @param directory the directory of roles; not null
   * @param asOf the day "today" is; not null
   * @param related the related statements; not null
   * @return the explanation, whose assessment equals what {@code assess} gives
   * @throws InvalidStatementException when the statement or directory is malformed
   * @throws NullPointerException when an argument is null
   */
  public Explanation explain(LiaisonStatement statement, Directory directory, LocalDate asOf,
      Collection<LiaisonStatement> related) {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(related, "related");
    WellFormed.require(statement);
    requireValid(directory);
    Objects.requireNonNull(asOf, "asOf");
    List<LiaisonStatement> others = new ArrayList<>(related.size());
    for (LiaisonStatement r : related) {
      if (r != statement) {
        others.add(r);
      }
    }
    io.github.liaisonproject.rules.engine.MatchRecorder recorder = new io.github.liaisonproject.rules.engine.MatchRecorder();
    Assessment a = assessor.assess(statement, directory, asOf, others, dueSoonDays, recorder);
    return explainer().explain(a, recorder);
  }

  /**
   * For a rule that did not fire on a statement: which of its conditions failed, with the values
   * the failing constraints read (the first condition nothing matches; within it, each constraint
   * that holds for no fact on its own). Compiles probe rules into a rule base of its own, beside
   * the precompiled bundled files (only the probes and any author files are compiled), so it takes
   * a few tenths of a second to two seconds (the first question in a JVM longer); nothing is kept
   * afterwards. Thread-safe.
   *
   * @param ruleId the catalogue ID; not null
   * @param statement the statement; not null
   * @param directory the directory of roles; not null
   * @param asOf the day "today" is; not null
   * @param related the related statements; not null
   * @return one answer per rule that carries the ID (a catalogue ID may be written as several rules, one per
   *     case it covers), in file order
   * @throws IllegalArgumentException when no rule has the ID (the message suggests the nearest one)
   * @throws InvalidStatementException when the statement or directory is malformed
   */
  public List<WhyNot> whyNot(String ruleId, LiaisonStatement statement, Directory directory, LocalDate asOf,
      Collection<LiaisonStatement> related) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(statement, "statement");
    WellFormed.require(statement);
    requireValid(directory);
    List<LiaisonStatement> others = new ArrayList<>();
    for (LiaisonStatement r : related) {
      if (r != statement) {
        others.add(r);
      }
    }
    return new io.github.liaisonproject.rules.engine.WhyNotProbe(files, keptBundled, assessor.catalog(), explainer(), dueSoonDays)
        .whyNot(ruleId, statement, directory, asOf, others);
  }

  private volatile io.github.liaisonproject.rules.engine.Explainer explainer;

  /** The rules' conditions read back from their files, once, on the first explanation. */
  private io.github.liaisonproject.rules.engine.Explainer explainer() {
    io.github.liaisonproject.rules.engine.Explainer e = explainer;
    if (e == null) {
      e = new io.github.liaisonproject.rules.engine.Explainer(files, assessor.catalog());
      explainer = e;
    }
    return e;
  }

  /** Batches at least this large are validated and assessed on several cores. */
  static final int PARALLEL_BATCH = 256;

  /**
   * Assesses many statements at once, each with the others as its related statements (a reply in
   * the batch discharges its original's RESPONSE-DUE). A batch of {@value #PARALLEL_BATCH}
   * statements or more is validated and assessed in parallel (the common fork-join pool), since each
   * assessment is independent; the results are the same. Thread-safe.
   *
   * @param statements the statements; not null, no null element
   * @param directory the directory of roles; not null
   * @param asOf the day "today" is; not null
   * @return one assessment per statement, in the input's order; unmodifiable
   * @throws InvalidStatementException for the first malformed statement; use {@link #assess} one by one to
   *     assess the rest anyway
   * @throws NullPointerException when an argument or a statement is null
   */
  public List<Assessment> assessAll(List<LiaisonStatement> statements, Directory directory, LocalDate asOf) {
    Objects.requireNonNull(statements, "statements");
    Objects.requireNonNull(asOf, "asOf");
    statements.forEach(s -> Objects.requireNonNull(s, "statement"));
    int n = statements.size();
    boolean parallel = n >= PARALLEL_BATCH && Runtime.getRuntime().availableProcessors() > 1;
    if (parallel) {
      RuntimeException[] invalid = new RuntimeException[n];
      java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
        try {
          WellFormed.require(statements.get(i));
        } catch (RuntimeException e) {
          invalid[i] = e;
        }
      });
      for (RuntimeException e : invalid) {
        if (e != null) {
          throw e; // the first malformed statement, as when validating one by one
        }
      }
    } else {
      statements.forEach(WellFormed::require);
    }
    requireValid(directory);
    Map<String, List<LiaisonStatement>> byId = new HashMap<>();
    Map<String, List<LiaisonStatement>> byRespondsTo = new HashMap<>();
    for (LiaisonStatement s : statements) {
      s.getId().ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>(1)).add(s));
      for (String id : s.getRespondsTo()) {
        byRespondsTo.computeIfAbsent(id, k -> new ArrayList<>(1)).add(s);
      }
    }
    Assessment[] out = new Assessment[n];
    java.util.stream.IntStream indexes = java.util.stream.IntStream.range(0, n);
    (parallel ? indexes.parallel() : indexes).forEach(i -> {
      LiaisonStatement s = statements.get(i);
      out[i] = assessor.assess(s, directory, asOf, relatedTo(s, byId, byRespondsTo), dueSoonDays);
    });
    return List.of(out);
  }

  /** The statements of the batch that s answers, or that answer s (indexed: a batch is linear, not quadratic). */
  private static List<LiaisonStatement> relatedTo(LiaisonStatement s, Map<String, List<LiaisonStatement>> byId,
      Map<String, List<LiaisonStatement>> byRespondsTo) {
    List<LiaisonStatement> related = null;
    for (String id : s.getRespondsTo()) {
      for (LiaisonStatement o : byId.getOrDefault(id, List.of())) {
        if (o != s) {
          related = add(related, o);
        }
      }
    }
    if (s.getId().isPresent()) {
      for (LiaisonStatement o : byRespondsTo.getOrDefault(s.getId().get(), List.of())) {
        if (o != s && (related == null || !containsIdentical(related, o))) {
          related = add(related, o);
        }
      }
    }
    return related == null ? List.of() : related;
  }

  private static List<LiaisonStatement> add(List<LiaisonStatement> list, LiaisonStatement s) {
    List<LiaisonStatement> l = list == null ? new ArrayList<>(2) : list;
    l.add(s);
    return l;
  }

  private static boolean containsIdentical(List<LiaisonStatement> list, LiaisonStatement s) {
    for (LiaisonStatement x : list) {
      if (x == s || x.equals(s)) {
        return true;
      }
    }
    return false;
  }

  private void requireValid(Directory directory) {
    Objects.requireNonNull(directory, "directory");
    if (directory != lastValidDirectory) {
      StatementValidator.shared().requireValid(directory);
      lastValidDirectory = directory;
    }
  }

  /**
   * {@return the active rules (disabled ones left out): ID, effective severity, section, explanation, source;
   * unmodifiable}
   */
  public List<RuleInfo> rules() {
    return assessor.catalog().rules();
  }

  /**
   * {@return the rule files this set was built from, in order; unmodifiable (their type is internal: read
   * their names through {@link #rules()})}
   */
  public List<RuleFile> files() {
    return files;
  }

  /** True when this rule set is the standard one precompiled at build time (no DRL compiled at run time). */
  boolean precompiled() {
    return precompiled;
  }

  /** {@return the RESPONSE-DUE-SOON window of this rule set, in days} */
  public int dueSoonDays() {
    return dueSoonDays;
  }

  /**
   * Builds a rule set: the bundled files, changed as asked. Not thread-safe: use one builder from
   * one thread; the rule sets it builds are immutable and thread-safe. A builder may build more than
   * once.
   */
  public static final class Builder {
    private int dueSoonDays = DEFAULT_DUE_SOON_DAYS;
    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Map<String, RuleFile> extra = new LinkedHashMap<>();
    private boolean bundled = true;
    private boolean precompiled = true;
    private Assessor.Bounds bounds = Assessor.Bounds.DEFAULT;

    private Builder() {}

    /**
     * Sets the RESPONSE-DUE-SOON window.
     *
     * @param days the window in days, 0 or more (default {@value LiaisonRules#DEFAULT_DUE_SOON_DAYS})
     * @return this builder
     * @throws IllegalArgumentException when {@code days} is negative
     */
    public Builder dueSoonDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("dueSoonDays must be 0 or more, was " + days);
      }
      this.dueSoonDays = days;
      return this;
    }

    /**
     * Sets the most rule firings one assessment may take (default 100,000; the bundled cases take
     * under 200). A rule set that goes past it (a rule that triggers itself) is halted and the
     * assessment reports a {@link RuleFailure} naming the rule that fired most.
     *
     * @param firings the limit
     * @return this builder
     */
    public Builder firingLimit(int firings) {
      this.bounds = new Assessor.Bounds(firings, bounds.deadline(), bounds.allocationLimit());
      return this;
    }

    /**
     * Sets the longest one assessment may take (default 10 s), checked between rule firings; past it
     * the session is halted and the assessment reports a {@link RuleFailure} naming the rule that fired
     * most.
     *
     * @param deadline the longest time; not null
     * @return this builder
     */
    public Builder deadline(java.time.Duration deadline) {
      this.bounds = new Assessor.Bounds(bounds.firingLimit(), deadline, bounds.allocationLimit());
      return this;
    }

    /**
     * Sets the most bytes the rule firings of one assessment may allocate, garbage included (default
     * 64 MB; a typical assessment allocates about 60 KB, the bundled cases under 1 MB each). Checked
     * between rule firings, like the deadline: past it the session is halted and the assessment
     * reports a {@link RuleFailure} naming the rule that fired most. A rule that grows a text with
     * every firing is stopped before it fills the heap; one firing is not interrupted, so a single
     * firing can allocate more. Enforced where the JVM counts the assessing thread's allocation
     * (HotSpot, as OpenJDK builds ship it, on platform threads); elsewhere, and on a virtual thread
     * the JVM does not count, not.
     *
     * @param bytes the limit, 1 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code bytes} is less than 1
     */
    public Builder allocationLimit(long bytes) {
      this.bounds = new Assessor.Bounds(bounds.firingLimit(), bounds.deadline(), bytes);
      return this;
    }

    /**
     * Switches rules off by catalogue ID. An ID no rule has is an error at {@link #build()}.
     *
     * @param ids the catalogue IDs; not null, no null element
     * @return this builder
     * @throws NullPointerException when an ID is null
     */
    public Builder disable(String... ids) {
      for (String id : ids) {
        disabled.add(Objects.requireNonNull(id, "id"));
      }
      return this;
    }

    /**
     * Changes a rule's severity by catalogue ID. An ID no active rule has is an error at
     * {@link #build()}.
     *
     * @param id the catalogue ID; not null
     * @param severity the new severity; not null
     * @return this builder
     * @throws NullPointerException when an argument is null
     */
    public Builder severity(String id, Severity severity) {
      severities.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Adds a rule file, or replaces the bundled file of the same name ("approval.drl"). Its problems
     * are reported by {@link #build()}.
     *
     * @param name the file name ("local.drl"); a bundled file's name ("approval.drl") replaces that file; not null
     * @param text the file's text; not null
     * @param source where it comes from, for messages (an author's path); not null
     * @return this builder
     */
    public Builder ruleFile(String name, String text, String source) {
      extra.put(name, new RuleFile(name, source, text));
      return this;
    }

    /**
     * Adds an author folder: every {@code *.drl} file in it (a file named like a bundled one
     * replaces it, any other adds rules), and its optional {@code settings.yaml}:
     * <pre>
     * disable: [RESPONSE-FOLLOW-UP]          # rule IDs to switch off
     * severity: {CONTENT-SUBJECT-MISSING: WARNING}
     * dueSoonDays: 21
     * </pre>
     * Findings of the folder's rules name the file's path as their source. The files are read now.
     *
     * @param folder the folder; not null
     * @return this builder
     * @throws RuleSetException when the folder or its settings cannot be read
     */
    public Builder authorFolder(Path folder) {
      AuthorFolder.read(folder).applyTo(this);
      return this;
    }

    /**
     * Leaves the bundled files out: only the added files make the rule set.
     *
     * @return this builder
     */
    public Builder withoutBundledFiles() {
      this.bundled = false;
      return this;
    }

    /**
     * Compiles the bundled files at run time even when the precompiled standard rule set is on the
     * class path (tests compare the two).
     */
    Builder compileAtRunTime() {
      this.precompiled = false;
      return this;
    }

    /**
     * Compiles the rule set. The bundled files alone (no file added or replaced) use the standard
     * rule set precompiled at build time when it is on the class path; anything else is compiled
     * now, which takes seconds.
     *
     * @return the rule set, immutable and thread-safe
     * @throws RuleSetException listing every problem with file, line and column: a file that does not compile
     *     or breaks a convention, an unknown ID in {@code disable} or {@code severity}
     */
    public LiaisonRules build() {
      List<RuleFile> files = new ArrayList<>();
      List<RuleFile> keptBundled = new ArrayList<>(); // bundled files no author file replaces
      if (bundled) {
        for (String concern : CONCERNS) {
          String name = concern + ".drl";
          if (extra.containsKey(name)) {
            files.add(extra.get(name));
          } else {
            RuleFile f = bundledFile(name);
            files.add(f);
            keptBundled.add(f);
          }
        }
      }
      for (RuleFile f : extra.values()) {
        if (!files.contains(f)) {
          files.add(f);
        }
      }
      RuleSetCompiler compiler = new RuleSetCompiler();
      RuleSetCompiler.Compiled compiled = bundled && extra.isEmpty() && precompiled
          ? compiler.precompiled(files, disabled).orElse(null) : null;
      boolean fromBuild = compiled != null;
      if (compiled == null) {
        // author files beside the bundled ones: only the author's files are compiled here
        compiled = compiler.compileReusing(files, bundled && precompiled ? keptBundled : List.of(), disabled);
      }
      Set<String> known = new HashSet<>();
      compiled.rulesByName().values().forEach(r -> known.add(r.id()));
      List<RuleProblem> problems = new ArrayList<>();
      if (!disabled.isEmpty()) { // the files' text is searched only when there is something to look for
        Set<String> allIds = new HashSet<>(known);
        allIds.addAll(disabledKnown(files));
        for (String id : disabled) {
          if (!allIds.contains(id)) {
            problems.add(new RuleProblem("settings", 0, 0, "cannot disable " + id + ": no rule has that ID"));
          }
        }
      }
      for (String id : severities.keySet()) {
        if (!known.contains(id)) {
          problems.add(new RuleProblem("settings", 0, 0, "cannot change the severity of " + id
              + ": no active rule has that ID"));
        }
      }
      if (!problems.isEmpty()) {
        throw new RuleSetException(problems);
      }
      RuleCatalog catalog = new RuleCatalog(compiled.rulesByName(), severities, compiled.rows());
      return new LiaisonRules(new Assessor(compiled.kieBase(), catalog, bounds), dueSoonDays, files,
          bundled && precompiled ? keptBundled : List.of(), fromBuild);
    }

    /** IDs that appear in the files' text (@id("...")): disabled rules are gone from the base. */
    private static Set<String> disabledKnown(List<RuleFile> files) {
      Set<String> ids = new HashSet<>();
      java.util.regex.Matcher m;
      java.util.regex.Pattern p = java.util.regex.Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");
      for (RuleFile f : files) {
        m = p.matcher(f.text());
        while (m.find()) {
          ids.add(m.group(1));
        }
      }
      return ids;
    }

    static RuleFile bundledFile(String name) {
      try (InputStream in = LiaisonRules.class.getResourceAsStream(BUNDLED_PATH + name)) {
        if (in == null) {
          throw new IllegalStateException("bundled rule file " + name + " is missing from the class path");
        }
        return new RuleFile(name, "bundled:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
