package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Citation;
import io.github.liaisonproject.rules.Responsible;
import io.github.liaisonproject.rules.vocabulary.ApprovalGiven;
import io.github.liaisonproject.rules.vocabulary.ApprovalNeed;
import io.github.liaisonproject.rules.vocabulary.Statement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one describer of facts in words, for explanations and why-not answers. It works for any
 * fact a rule can match, including ones added to the vocabulary later:
 * <ol>
 *   <li>a fact with a public {@code describe()} method returning a String says it itself;
 *   <li>the statement, approval needs and givens, approvers, bodies, documents and citations have
 *       short forms written here;
 *   <li>a wrapper fact ({@code getIndex()} and one other property, like {@code DocumentFact}) is
 *       described as its class name in words and its value ("document draft-x (...)");
 *   <li>a record, or a class that overrides {@code toString}, by its class name in words and its
 *       components or its text;
 *   <li>anything else by its class name in words and its plain properties.
 * </ol>
 * It also reads the properties a constraint names ({@code approvers.isEmpty()},
 * {@code $s.submitterAddress}) from a matched fact, so answers can say "approvingGroupCount is 2".
 */
public final class FactWords {
  private static final int MAX_TEXT = 120;
  private static final int MAX_ITEMS = 4;
  private static final Pattern DEBUG_FORM = Pattern.compile("(?s)[A-Z]\\w*\\s*[\\[{(].*");

  private FactWords() {}

  /** A fact in words. */
  public static String describe(Object o) {
    if (o == null) {
      return "nothing";
    }
    Optional<String> own = ownDescription(o);
    if (own.isPresent()) {
      return own.get();
    }
    if (o instanceof Statement s) {
      return "the statement (" + statement(s.getModel()) + ")";
    }
    if (o instanceof LiaisonStatement s) {
      return "statement (" + statement(s) + ")";
    }
    if (o instanceof ApprovalNeed n) {
      return "the requirement for " + n.getForWhom() + ", from " + ruleId(n.getCitation()) + "; potential approvers "
          + names(n.getApprovers());
    }
    if (o instanceof ApprovalGiven g) {
      return (g.getApprover() == null ? "the approval shown on the public record" : "the approval of " + g.getApprover().name())
          + " for " + g.getNeed().getForWhom() + ", found by " + ruleId(g.getCitation());
    }
    if (o instanceof Approver a) {
      return a.name() + " <" + a.address() + ">";
    }
    if (o instanceof Responsible r) {
      return r.toString();
    }
    if (o instanceof Citation c) {
      return c.ruleId() + " (" + c.section() + ")";
    }
    if (o instanceof Body b) {
      return b.getLabel();
    }
    if (o instanceof io.github.liaisonproject.model.LiaisonRelationship r) {
      return "the liaison relationship with " + r.getOrganization() + r.getGroup().map(g -> " " + g).orElse("")
          + "; managers " + (r.getManagers().isEmpty() ? "none" : String.join(", ",
              r.getManagers().stream().map(m -> m.getName()).toList()));
    }
    if (o instanceof DocumentReference d) {
      return d.getName() + " (" + d.getKind() + ", " + d.getStatus().map(Enum::name).orElse("status not given") + ")";
    }
    Optional<String> wrapped = wrapper(o);
    if (wrapped.isPresent()) {
      return wrapped.get();
    }
    if (o.getClass().isRecord()) {
      return words(o.getClass()) + " (" + recordComponents(o) + ")";
    }
    if (overridesToString(o.getClass())) {
      String text = o.toString();
      if (!DEBUG_FORM.matcher(text).matches()) { // "RoleHolder[...]" is for developers: say the properties
        return shorten(text);
      }
    }
    return words(o.getClass()) + properties(o);
  }

  /** A property value in words: quoted text, "none" for empty, described facts. */
  public static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return "\"" + shorten(s) + "\"";
    }
    if (v instanceof Boolean || v instanceof Number || v instanceof Enum<?> || v instanceof Character
        || v instanceof TemporalAccessor) {
      return v.toString();
    }
    if (v instanceof Optional<?> opt) {
      return opt.isPresent() ? value(opt.get()) : "none";
    }
    if (v instanceof Collection<?> c) {
      if (c.isEmpty()) {
        return "none";
      }
      List<String> items = new ArrayList<>();
      for (Object x : c) {
        if (items.size() == MAX_ITEMS) {
          items.add("... (" + c.size() + " in all)");
          break;
        }
        items.add(x instanceof String s ? s : describe(x));
      }
      return "[" + String.join(", ", items) + "]";
    }
    if (v instanceof Map<?, ?> m) {
      return m.isEmpty() ? "none" : shorten(m.toString());
    }
    return describe(v);
  }

  // ---- property paths named in constraints -------------------------------------------------------

  private static final Pattern PATH = Pattern.compile(
      "(?<![\\w.$])(\\$?[A-Za-z_]\\w*(?:\\s*\\(\\s*\\))?(?:\\s*\\.\\s*[A-Za-z_]\\w*(?:\\s*\\(\\s*\\))?)*)(\\s*\\()?");
  private static final List<String> KEYWORDS = List.of("null", "true", "false", "this", "not", "in", "matches",
      "contains", "memberOf", "soundslike", "str", "instanceof", "excludes", "new");

  /**
   * The property paths a constraint reads: {@code approvingGroupCount}, {@code approvers.isEmpty()},
   * {@code $s.submitterAddress}; not constants ({@code BodyKind.IAB}), literals, or calls with
   * arguments (whose arguments are paths of their own).
   */
  public static List<String> paths(String constraint) {
    List<String> known = PATHS.get(constraint);
    if (known != null) {
      return known;
    }
    List<String> found = List.copyOf(findPaths(constraint));
    if (PATHS.size() < MAX_CACHED_CONSTRAINTS) {
      PATHS.put(constraint, found);
    }
    return found;
  }

  /**
   * The paths of each constraint text seen, for explanations and why-not answers, which read the
   * same few hundred constraints for every statement (the regular expressions were a sixth of what
   * an explanation allocated). Bounded: rule sets built and dropped at run time (author folders,
   * reloads) add texts, and past the bound the paths are found again each time.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> PATHS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_CONSTRAINTS = 4_096;

  private static List<String> findPaths(String constraint) {
    String text = constraint.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    List<String> out = new ArrayList<>();
    Matcher m = PATH.matcher(text);
    while (m.find()) {
      String path = m.group(1).replaceAll("\\s+", "");
      boolean callWithArguments = m.group(2) != null;
      String first = path.split("\\.")[0];
      if (callWithArguments || KEYWORDS.contains(first) || Character.isUpperCase(first.charAt(0))
          || (path.startsWith("$") && !path.contains("."))) {
        continue;
      }
      int bind = text.indexOf(':', m.end(1));
      if (path.startsWith("$") && bind == m.end(1)) {
        continue;
      }
      if (!out.contains(path)) {
        out.add(path);
      }
    }
    return out;
  }

  /**
   * Reads a path on a fact; a path starting with {@code $x} reads from that bound variable. Empty
   * when a step cannot be read (no such property, a null on the way, the getter threw).
   */
  public static Optional<Object> read(Object fact, String path, Map<String, Object> declarations) {
    String[] steps = path.split("\\.");
    Object current = fact;
    int i = 0;
    if (steps[0].startsWith("$")) {
      if (!declarations.containsKey(steps[0])) {
        return Optional.empty();
      }
      current = declarations.get(steps[0]);
      i = 1;
    }
    for (; i < steps.length; i++) {
      if (current == null) {
        return Optional.empty();
      }
      Optional<Object> next = step(current, steps[i]);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get() == NULL ? null : next.get();
    }
    return Optional.of(current == null ? NULL : current);
  }

  /** Stands for a null value read (Optional cannot hold null). */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** "name is value", for a path read on a fact; "name cannot be read" when it cannot. */
  public static String reading(Object fact, String path, Map<String, Object> declarations) {
    Optional<Object> v = read(fact, path, declarations);
    return path + (v.isEmpty() ? " cannot be read" : " is " + (v.get() == NULL ? "null" : value(v.get())));
  }

  private static Optional<Object> step(Object target, String step) {
    boolean call = step.endsWith("()");
    String name = call ? step.substring(0, step.length() - 2) : step;
    List<String> candidates = call ? List.of(name)
        : List.of("get" + capital(name), "is" + capital(name), name);
    for (String c : candidates) {
      Method m = publicMethod(target.getClass(), c);
      if (m != null) {
        try {
          Object v = m.invoke(target);
          return Optional.of(v == null ? NULL : v);
        } catch (ReflectiveOperationException | RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** A public no-argument method, looked up on public types only (so that it can be called). */
  private static Method publicMethod(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Method m = declared(c, name);
      if (m != null) {
        return m;
      }
      for (Class<?> i : c.getInterfaces()) {
        Method mi = declared(i, name);
        if (mi != null) {
          return mi;
        }
      }
    }
    return null;
  }

  /**
   * The public no-argument methods found so far, per class and name ({@link Optional#empty()}: none).
   * {@link Class#getMethod} copies the method each call, and an explanation asks for the same few
   * dozen methods hundreds of times (a third of what it allocated).
   */
  private static final ClassValue<java.util.concurrent.ConcurrentHashMap<String, Optional<Method>>> DECLARED =
      new ClassValue<>() {
        @Override
        protected java.util.concurrent.ConcurrentHashMap<String, Optional<Method>> computeValue(Class<?> type) {
          return new java.util.concurrent.ConcurrentHashMap<>();
        }
      };

  private static Method declared(Class<?> c, String name) {
    return DECLARED.get(c).computeIfAbsent(name, n -> Optional.ofNullable(lookUp(c, n))).orElse(null);
  }

  private static Method lookUp(Class<?> c, String name) {
    if (!Modifier.isPublic(c.getModifiers())) {
      return null;
    }
    try {
      Method m = c.getMethod(name);
      return Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class ? null : m;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static Optional<String> ownDescription(Object o) {
    Method m = publicMethod(o.getClass(), "describe");
    if (m == null || m.getReturnType() != String.class) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((String) m.invoke(o));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A fact wrapping one value with its index ({@code DocumentFact}, {@code ApprovalUnitFact}...). */
  private static Optional<String> wrapper(Object o) {
    if (publicMethod(o.getClass(), "getIndex") == null) {
      return Optional.empty();
    }
    List<Method> getters = new ArrayList<>(getters(o.getClass()));
    getters.removeIf(m -> m.getName().equals("getIndex"));
    if (getters.size() != 1) {
      return Optional.empty();
    }
    try {
      Object v = getters.get(0).invoke(o);
      return Optional.of(words(o.getClass()) + (v instanceof String s ? " " + s : ": " + describe(v)));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The getters of each class, sorted by name (made once per class: {@link Class#getMethods} copies them all). */
  private static final ClassValue<List<Method>> GETTERS = new ClassValue<>() {
    @Override
    protected List<Method> computeValue(Class<?> type) {
      return List.copyOf(findGetters(type));
    }
  };

  private static List<Method> getters(Class<?> type) {
    return GETTERS.get(type);
  }

  private static List<Method> findGetters(Class<?> type) {
    List<Method> out = new ArrayList<>();
    if (!Modifier.isPublic(type.getModifiers())) {
      return out;
    }
    for (Method m : type.getMethods()) {
      String n = m.getName();
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
          && m.getReturnType() != void.class
          && ((n.startsWith("get") && n.length() > 3) || (n.startsWith("is") && n.length() > 2))) {
        out.add(m);
      }
    }
    out.sort(java.util.Comparator.comparing(Method::getName));
    return out;
  }

  private static String properties(Object o) {
    List<String> parts = new ArrayList<>();
    for (Method m : getters(o.getClass())) {
      Class<?> t = m.getReturnType();
      boolean plain = t.isPrimitive() || t == String.class || Number.class.isAssignableFrom(t) || t == Boolean.class
          || t.isEnum() || TemporalAccessor.class.isAssignableFrom(t) || t == Body.class || t == Approver.class
          || t == Citation.class || t == DocumentReference.class;
      if (!plain || parts.size() == 6 || m.getName().equals("getIndex")) { // the index only tells equal facts apart
        continue;
      }
      try {
        String n = m.getName();
        String name = Character.toLowerCase(n.charAt(n.startsWith("is") ? 2 : 3)) + n.substring(n.startsWith("is") ? 3 : 4);
        parts.add(name + " " + value(m.invoke(o)));
      } catch (ReflectiveOperationException | RuntimeException e) {
        // a property that cannot be read is left out of the words
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static String recordComponents(Object o) {
    List<String> parts = new ArrayList<>();
    for (RecordComponent c : o.getClass().getRecordComponents()) {
      try {
        parts.add(c.getName() + " " + value(c.getAccessor().invoke(o)));
      } catch (ReflectiveOperationException | RuntimeException e) {
        // left out
      }
    }
    return String.join(", ", parts);
  }

  private static boolean overridesToString(Class<?> type) {
    try {
      return type.getMethod("toString").getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** "MissingLiaisonContactFact" → "missing liaison contact". */
  static String words(Class<?> type) {
    return WORDS.get(type);
  }

  private static final ClassValue<String> WORDS = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      String name = type.getSimpleName().replaceAll("Fact$", "");
      return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
  };

  private static String statement(LiaisonStatement s) {
    StringBuilder sb = new StringBuilder();
    sb.append(s.getDirection().name().toLowerCase(Locale.ROOT));
    s.getPurpose().ifPresent(p -> sb.append(' ').append(p));
    if (!s.getFrom().isEmpty()) {
      sb.append(" from ").append(bodies(s.getFrom()));
    }
    if (!s.getTo().isEmpty()) {
      sb.append(" to ").append(bodies(s.getTo()));
    }
    sb.append(", stage ").append(s.getStage());
    s.getId().ifPresent(id -> sb.append(", id ").append(id));
    return sb.toString();
  }

  private static String bodies(List<Body> bodies) {
    List<String> labels = new ArrayList<>();
    bodies.forEach(b -> labels.add(b.getLabel()));
    return String.join(" and ", labels);
  }

  private static String names(List<Approver> approvers) {
    if (approvers.isEmpty()) {
      return "none (nobody the directory knows)";
    }
    List<String> names = new ArrayList<>();
    approvers.forEach(a -> names.add(a.name()));
    return String.join(", ", names);
  }

  private static String ruleId(Citation c) {
    return c == null ? "an unknown rule" : c.ruleId();
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The text on one line (each run of whitespace one space), cut to {@link #MAX_TEXT} with "...".
   * Reads only as far as the cut: a statement's body can be long, and explanations shorten every
   * text they show (a regular expression over the whole text was a sixth of what one allocated).
   */
  static String shorten(String s) {
    StringBuilder one = new StringBuilder(Math.min(s.length(), MAX_TEXT + 1));
    boolean inSpace = false;
    for (int i = 0; i < s.length() && one.length() <= MAX_TEXT; i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'; // regex \s
      if (space) {
        if (!inSpace) {
          one.append(' ');
        }
      } else {
        one.append(c);
      }
      inSpace = space;
    }
    return one.length() <= MAX_TEXT ? one.toString() : one.substring(0, MAX_TEXT - 3) + "...";
  }
}
