package io.github.liaisonproject.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records, for one explained assessment, every match that fired (the rule and the facts it
 * matched) and which answers each match recorded. Attached only when explanations are asked for:
 * a normal assessment has no listener and pays nothing.
 */
public final class MatchRecorder extends DefaultAgendaEventListener implements Consumer<Object> {
  /** One fired match: the Drools rule name, the matched facts in pattern order, the bound variables. */
  public record Fired(String ruleName, List<Object> facts, Map<String, Object> declarations) {}

  private final List<Fired> fired = new ArrayList<>();
  private final Map<Object, Fired> byAnswer = new IdentityHashMap<>();
  private final List<Map.Entry<Object, Fired>> answers = new ArrayList<>();
  private List<Object> workingMemory = List.of();
  private Fired current;

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = fired(event.getMatch());
    fired.add(current);
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    current = null;
  }

  private static Fired fired(Match match) {
    Map<String, Object> declarations = new LinkedHashMap<>();
    for (String id : match.getDeclarationIds()) {
      declarations.put(id, match.getDeclarationValue(id));
    }
    return new Fired(match.getRule().getName(), List.copyOf(nonNull(match.getObjects())),
        Collections.unmodifiableMap(declarations));
  }

  private static List<Object> nonNull(List<? extends Object> objects) {
    List<Object> out = new ArrayList<>(objects.size());
    for (Object o : objects) {
      if (o != null) {
        out.add(o);
      }
    }
    return out;
  }

  /** An answer recorded by the match being fired (called by {@link Outcome}). */
  @Override
  public void accept(Object answer) {
    if (current != null && !byAnswer.containsKey(answer)) {
      byAnswer.put(answer, current);
      answers.add(Map.entry(answer, current));
    }
  }

  void workingMemory(Collection<?> objects) {
    workingMemory = List.copyOf(objects);
  }

  /** Every fired match, in firing order. */
  public List<Fired> fired() {
    return Collections.unmodifiableList(fired);
  }

  /** The facts in the session once every rule had fired (for "no such fact" explanations). */
  public List<Object> workingMemory() {
    return workingMemory;
  }

  /** The match that recorded this answer: the same object, else the first equal one. */
  public Optional<Fired> madeBy(Object answer) {
    Fired f = byAnswer.get(answer);
    if (f != null) {
      return Optional.of(f);
    }
    for (Map.Entry<Object, Fired> e : answers) {
      if (e.getKey().equals(answer)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** Every answer recorded, with the match that recorded it, in recording order. */
  public List<Map.Entry<Object, Fired>> answers() {
    return Collections.unmodifiableList(answers);
  }
}
