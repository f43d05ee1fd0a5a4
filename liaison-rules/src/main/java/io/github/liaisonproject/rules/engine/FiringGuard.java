package io.github.liaisonproject.rules.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Bounds one assessment: at most {@code limit} rule firings and a deadline. A rule set that goes
 * past either (a rule that triggers itself, rules that trigger each other) is halted, and the
 * assessment reports a failure naming the rule that fired most. Also remembers the rule firing at
 * the moment, so that an Error thrown by a consequence (StackOverflowError) names its rule.
 *
 * <p>The bound is checked between firings: one firing is not interrupted. Author rule files cannot
 * loop or block within a firing (the checker refuses loops, calls outside the vocabulary and
 * blocking methods), so each firing is short.
 */
final class FiringGuard extends DefaultAgendaEventListener {
  /** Thrown into the outcome when a bound is passed. */
  static final class BoundExceeded extends RuntimeException {
    BoundExceeded(String message) {
      super(message, null, false, false);
    }
  }

  private final int limit;
  private final long deadlineNanos;
  private final Duration deadline;
  private final long start = System.nanoTime();
  private final Map<String, Integer> firings = new HashMap<>();
  private int total;
  private String firing;
  private String exceeded;

  FiringGuard(int limit, Duration deadline) {
    this.limit = limit;
    this.deadline = deadline;
    this.deadlineNanos = deadline.toNanos();
  }

  /** Fires the session's rules within the bounds; the session is halted when one is passed. */
  void fire(KieSession session) {
    session.addEventListener(this);
    try {
      // the limit is also given to the engine: a backstop if a halt were ever missed
      session.fireAllRules(limit + 1);
    } finally {
      session.removeEventListener(this);
    }
    if (exceeded == null && total > limit) {
      exceeded = "fired " + total + " times, more than the firing limit (" + limit + ")";
    }
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    String rule = event.getMatch().getRule().getName();
    firing = rule;
    total++;
    firings.merge(rule, 1, Integer::sum);
    if (exceeded != null) {
      return;
    }
    if (total > limit) {
      exceeded = "the rules fired more than the firing limit (" + limit + " firings)";
      event.getKieRuntime().halt();
    } else if ((total & 63) == 0 && System.nanoTime() - start > deadlineNanos) {
      exceeded = "the assessment ran past its deadline (" + deadline.toMillis() + " ms) after " + total + " firings";
      event.getKieRuntime().halt();
    }
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firing = null;
    if (exceeded == null && System.nanoTime() - start > deadlineNanos) {
      exceeded = "the assessment ran past its deadline (" + deadline.toMillis() + " ms) after " + total + " firings";
      event.getKieRuntime().halt();
    }
  }

  /** The rule firing when an Error escaped, or null. */
  String firing() {
    return firing;
  }

  /** Null when within bounds, else what was exceeded. */
  String exceeded() {
    return exceeded;
  }

  /** The rule that fired most (the likeliest to trigger itself), or null when none fired. */
  String mostFired() {
    return firings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
  }

  int firingsOf(String rule) {
    return firings.getOrDefault(rule, 0);
  }
}
