package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.vocabulary.Report;
import io.github.liaisonproject.rules.vocabulary.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Runs assessments on a compiled knowledge base. Thread-safe: sessions come from a pool, one per
 * assessment, and are reset when returned. A rule whose consequence throws is recorded as a
 * failure and the other rules go on firing.
 */
public final class Assessor {
  private static final ThreadLocal<Outcome> CURRENT = new ThreadLocal<>();

  private final KieBase kieBase;
  private final RuleCatalog catalog;
  private final KieSessionsPool pool;
  private final KieSessionConfiguration configuration;

  /**
   * Every assessment's firing limit, deadline and allocation limit (bytes the firings may allocate,
   * garbage included); the defaults are far above any bundled case (which fire under 200 times and
   * allocate under 1 MB).
   */
  public record Bounds(int firingLimit, java.time.Duration deadline, long allocationLimit) {
    /** 64 MB: a thousand times what a typical assessment allocates. */
    public static final long DEFAULT_ALLOCATION_LIMIT = 64L << 20;
    public static final Bounds DEFAULT = new Bounds(100_000, java.time.Duration.ofSeconds(10), DEFAULT_ALLOCATION_LIMIT);

    public Bounds {
      if (firingLimit < 1) {
        throw new IllegalArgumentException("firingLimit must be 1 or more, was " + firingLimit);
      }
      if (deadline == null || deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("deadline must be a positive duration, was " + deadline);
      }
      if (allocationLimit < 1) {
        throw new IllegalArgumentException("allocationLimit must be 1 byte or more, was " + allocationLimit);
      }
    }

    /** A firing limit and a deadline, with the default allocation limit. */
    public Bounds(int firingLimit, java.time.Duration deadline) {
      this(firingLimit, deadline, DEFAULT_ALLOCATION_LIMIT);
    }
  }

  private final Bounds bounds;

  public Assessor(KieBase kieBase, RuleCatalog catalog) {
    this(kieBase, catalog, Bounds.DEFAULT);
  }

  public Assessor(KieBase kieBase, RuleCatalog catalog, Bounds bounds) {
    this.bounds = bounds;
    this.kieBase = kieBase;
    this.catalog = catalog;
    this.configuration = KieServices.get().newKieSessionConfiguration();
    this.pool = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    // The allocation counter's bean takes some 25 ms to set up in a fresh JVM: here, while the rule
    // set is built (on a warm-up thread in the CLI), not in the first assessment.
    ThreadAllocation.supported();
  }

  public RuleCatalog catalog() {
    return catalog;
  }

  public KieBase kieBase() {
    return kieBase;
  }

  public Assessment assess(LiaisonStatement statement, Directory directory, LocalDate asOf,
      List<LiaisonStatement> related, int dueSoonDays) {
    return assess(statement, directory, asOf, related, dueSoonDays, null);
  }

  /**
   * An assessment; with a recorder (explanations on), in a session of its own that tells the
   * recorder of every match fired and every answer recorded. Without one, nothing is attached.
   */
  public Assessment assess(LiaisonStatement statement, Directory directory, LocalDate asOf,
      List<LiaisonStatement> related, int dueSoonDays, MatchRecorder recorder) {
    Statement fact = new Statement(statement, directory, asOf, related, dueSoonDays);
    Outcome outcome = new Outcome(fact, catalog);
    KieSession session = recorder == null ? pool.newKieSession(configuration) : kieBase.newKieSession();
    CURRENT.set(outcome);
    try {
      if (recorder != null) {
        session.addEventListener(recorder);
        outcome.trace(recorder);
      }
      session.setGlobal("report", new Report(outcome));
      session.insert(fact);
      outcome.inserted(fact);
      insertParts(session, fact, outcome);
      FiringGuard guard = new FiringGuard(bounds.firingLimit(), bounds.deadline(), bounds.allocationLimit());
      try {
        guard.fire(session);
      } catch (Throwable e) { // StackOverflowError too: a rule's failure, never the caller's
        // a condition's error names its rule; an Error out of a consequence (StackOverflowError)
        // names none and belongs to the rule fired last
        String named = ruleNameIn(e);
        String rule = !named.equals(UNKNOWN) || guard.firing() == null ? named : guard.firing();
        outcome.failure(rule, rootCause(e));
      }
      if (guard.exceeded() != null) {
        String rule = guard.mostFired();
        outcome.failure(rule == null ? "unknown rule" : rule, new FiringGuard.BoundExceeded(guard.exceeded()
            + "; this rule fired most (" + guard.firingsOf(rule) + " times): it may trigger itself, or wait"));
      }
      if (recorder != null) {
        recorder.workingMemory(outcome.workingMemory(session.getObjects()));
      }
    } catch (Throwable e) {
      // A condition that throws aborts the whole evaluation: say so, naming the rule when Drools does.
      outcome.failure(ruleNameIn(e), rootCause(e));
    } finally {
      CURRENT.remove();
      session.dispose();
    }
    return outcome.toAssessment();
  }

  /**
   * Inserts the statement's parts and the directory's answers about them as facts, once, so that
   * rules match them directly ({@link StatementFacts}).
   */
  private static void insertParts(KieSession session, Statement fact, Outcome outcome) {
    for (Object part : StatementFacts.of(fact)) {
      session.insert(part);
      outcome.inserted(part);
    }
  }

  public void shutdown() {
    pool.shutdown();
  }

  private static final Pattern RULE_NAME = Pattern.compile("[Rr]ule[:\\s]+[\\[\"]?\\s*(?:name=)?\"?([^\",\\]]+)\"?");

  static String ruleNameIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        Matcher m = RULE_NAME.matcher(t.getMessage());
        if (m.find()) {
          return m.group(1).trim();
        }
      }
    }
    return UNKNOWN;
  }

  private static final String UNKNOWN = "unknown rule";

  static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  /** Records a throwing consequence as a failure of its rule and lets the session go on. */
  public static final class RecordingHandler implements ConsequenceExceptionHandler {
    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
      Outcome outcome = CURRENT.get();
      if (outcome == null) {
        throw new IllegalStateException("rule " + match.getRule().getName() + " failed", exception);
      }
      outcome.failure(match.getRule().getName(), rootCause(exception));
    }
  }
}
