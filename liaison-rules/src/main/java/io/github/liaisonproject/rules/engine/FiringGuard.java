package io.github.liaisonproject.rules.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Bounds one assessment: at most {@code limit} rule firings, a deadline, and at most so many bytes
 * allocated by the firings (on JVMs that count each thread's allocation, {@link ThreadAllocation}).
 * A rule set that goes past one (a rule that triggers itself, rules that trigger each other, a rule
 * that grows a text with every firing) is halted, and the assessment reports a failure naming the
 * rule that fired most. Also remembers the rule fired
 * last, so that an Error thrown by a consequence (StackOverflowError) names its rule.
 *
 * <p>The bounds are checked between firings: one firing is not interrupted. Author rule files cannot
 * loop or block within a firing (the checker refuses loops, calls outside the vocabulary and
 * blocking methods), so each firing is short; but one firing can allocate more than the limit (a
 * text made of many copies of a long one), which is then seen before the next.
 *
 * <p>An agenda filter, not an event listener: the engine asks the filter about every match before
 * firing it, and makes no event objects (a listener costs three per firing, in every assessment).
 */
final class FiringGuard implements AgendaFilter {
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
  private final long allocationLimit;
  private final long allocatedAtStart = ThreadAllocation.current();
  /**
   * The rules of the first firings, in order: an assessment fires a few dozen, so counting them per
   * rule in a map (a node per rule, a table) was most of what the guard allocated, for an answer
   * needed only when a bound is passed. Past these, counts go to {@link #firings}.
   */
  private final String[] first = new String[FIRST];
  private static final int FIRST = 32;
  private Map<String, int[]> firings;
  private KieSession session;
  private int total;
  private String firing;
  private String exceeded;

  FiringGuard(int limit, Duration deadline, long allocationLimit) {
    this.limit = limit;
    this.deadline = deadline;
    this.deadlineNanos = deadline.toNanos();
    // off where the JVM does not count this thread's allocation (-1: some JVMs for virtual threads)
    this.allocationLimit = ThreadAllocation.supported() && allocatedAtStart >= 0 ? allocationLimit : Long.MAX_VALUE;
  }

  /** Fires the session's rules within the bounds; the session is halted when one is passed. */
  void fire(KieSession session) {
    this.session = session;
    // the limit is also given to the engine: a backstop if a halt were ever missed
    session.fireAllRules(this, limit + 1);
    if (exceeded == null && total > limit) {
      exceeded = "fired " + total + " times, more than the firing limit (" + limit + ")";
    }
    if (exceeded == null && total > 0) { // the last firing's
      exceeded = pastDeadlineOrAllocation();
    }
  }

  /** What the firings so far went past, the deadline or the allocation limit; null when neither. */
  private String pastDeadlineOrAllocation() {
    if (System.nanoTime() - start > deadlineNanos) {
      return "the assessment ran past its deadline (" + deadline.toMillis() + " ms) after " + total + " firings";
    }
    if (ThreadAllocation.current() - allocatedAtStart > allocationLimit) {
      return "the rules went past the allocation limit (" + mb(allocationLimit) + " allocated) after " + total + " firings";
    }
    return null;
  }

  /** "64 MB" for a whole number of megabytes, else the bytes ("100000000 bytes"), never rounded. */
  private static String mb(long bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
  }

  /** Every match, just before it fires: counted, and the session halted past a bound (this match still fires). */
  @Override
  public boolean accept(Match match) {
    String rule = match.getRule().getName();
    firing = rule;
    if (total < FIRST) {
      first[total] = rule;
    } else {
      if (firings == null) {
        firings = new HashMap<>();
      }
      int[] n = firings.get(rule);
      if (n == null) {
        firings.put(rule, new int[] {1});
      } else {
        n[0]++;
      }
    }
    total++;
    if (exceeded != null) {
      return true;
    }
    if (total > limit) {
      exceeded = "the rules fired more than the firing limit (" + limit + " firings)";
      session.halt();
    } else if ((exceeded = pastDeadlineOrAllocation()) != null) {
      session.halt();
    }
    return true;
  }

  /** The rule fired last (the one firing when an Error escaped a consequence), or null when none fired. */
  String firing() {
    return firing;
  }

  /** Null when within bounds, else what was exceeded. */
  String exceeded() {
    return exceeded;
  }

  /** The rule that fired most (the likeliest to trigger itself), or null when none fired; ties to the greater name. */
  String mostFired() {
    Map<String, int[]> all = counts();
    String most = null;
    int count = 0;
    for (Map.Entry<String, int[]> e : all.entrySet()) {
      int c = e.getValue()[0];
      if (c > count || c == count && e.getKey().compareTo(most) > 0) {
        most = e.getKey();
        count = c;
      }
    }
    return most;
  }

  int firingsOf(String rule) {
    int[] n = counts().get(rule);
    return n == null ? 0 : n[0];
  }

  /** Firings per rule: the first ones counted from their list, with the later counts. */
  private Map<String, int[]> counts() {
    Map<String, int[]> all = new HashMap<>();
    if (firings != null) {
      firings.forEach((rule, n) -> all.put(rule, new int[] {n[0]}));
    }
    for (int i = 0; i < Math.min(total, FIRST); i++) {
      all.computeIfAbsent(first[i], r -> new int[1])[0]++;
    }
    return all;
  }
}
