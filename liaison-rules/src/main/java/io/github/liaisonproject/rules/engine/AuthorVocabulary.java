package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.rules.vocabulary.Vocabulary;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What author rule files may name, generated from the rule vocabulary's registry
 * ({@link Vocabulary}: the same listing docs/vocabulary.md is generated from), the one source of
 * truth of the author-file checker ({@link RuleChecker}).
 *
 * <ul>
 *   <li><b>Fact types</b>: {@link Vocabulary#FACTS} and {@link Vocabulary#DERIVED}; patterns
 *       without {@code from} match only these. <b>Derived types</b>: {@link Vocabulary#DERIVED}
 *       only; consequences insert or delete only these (never the statement, its parts or the
 *       directory's answers).
 *   <li><b>Methods of vocabulary types</b> (facts, derived facts, {@link Vocabulary#HELPERS},
 *       {@link Vocabulary#REPORT}): exactly the registered ones, {@link Vocabulary#described}:
 *       a public method without its {@code @Describe} is not vocabulary and is refused. Other types
 *       of the vocabulary package have their enum constants only.
 *   <li><b>Value types</b>: {@link Vocabulary#VALUES}, and every type reachable from the
 *       registered methods' return and parameter types when it lives in the model package
 *       ({@code io.github.liaisonproject.model}) or the rules package
 *       ({@code io.github.liaisonproject.rules}); plus String, the primitive and boxed types, and
 *       the few JDK types below. Of model and rules types: the property readers ({@code get*},
 *       {@code is*}, {@code has*}, record components) and, of rules types, their public static
 *       factories ({@code Due.now()}); of enums, their constants; {@code equals},
 *       {@code toString}, {@code compareTo}. Of String, List, Set, Collection, Optional and
 *       java.time values, a fixed list of pure methods ({@link #JDK_METHODS}).
 *   <li>A method is allowed only when its return type and every parameter type are allowed too:
 *       nothing returning {@code Class}, {@code Object} or any other type outside the list is
 *       reachable.
 * </ul>
 *
 * <p>What another change adds to {@link Vocabulary} (a fact type in FACTS or DERIVED, a
 * {@code @Describe}d property or lookup, a {@code report} call) is allowed in rule files with no
 * change here.
 */
public final class AuthorVocabulary {
  static final String VOCABULARY_PACKAGE = "io.github.liaisonproject.rules.vocabulary";
  static final String MODEL_PACKAGE = "io.github.liaisonproject.model";
  static final String RULES_PACKAGE = "io.github.liaisonproject.rules";

  /**
   * Pure methods of JDK value types: no I/O, no clock, no reflection, no regular expressions (a
   * pattern can take exponential time), nothing that allocates without bound ({@code repeat}).
   */
  static final Map<Class<?>, Set<String>> JDK_METHODS = Map.ofEntries(
      Map.entry(String.class, Set.of("length", "isEmpty", "isBlank", "contains", "startsWith", "endsWith",
          "equals", "equalsIgnoreCase", "indexOf", "lastIndexOf", "substring", "toLowerCase", "toUpperCase", "trim",
          "strip", "charAt", "compareTo", "compareToIgnoreCase", "replace", "concat", "join", "valueOf", "toString")),
      Map.entry(CharSequence.class, Set.of("length", "isEmpty", "toString")),
      Map.entry(Collection.class, Set.of("size", "isEmpty", "contains", "containsAll", "equals", "toString")),
      Map.entry(List.class, Set.of("size", "isEmpty", "contains", "containsAll", "get", "indexOf", "lastIndexOf",
          "equals", "toString", "of")),
      Map.entry(Set.class, Set.of("size", "isEmpty", "contains", "containsAll", "equals", "toString", "of")),
      Map.entry(Optional.class, Set.of("isPresent", "isEmpty", "get", "orElse", "equals", "toString")),
      Map.entry(LocalDate.class, Set.of("isBefore", "isAfter", "isEqual", "plusDays", "minusDays", "plusWeeks",
          "minusWeeks", "plusMonths", "minusMonths", "plusYears", "minusYears", "getYear", "getMonthValue",
          "getMonth", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "lengthOfMonth", "compareTo", "equals",
          "toString", "of", "until")),
      Map.entry(DayOfWeek.class, Set.of("getValue", "name", "equals", "compareTo", "toString")),
      Map.entry(Month.class, Set.of("getValue", "name", "equals", "compareTo", "toString")),
      Map.entry(ChronoUnit.class, Set.of("between", "name", "equals", "toString")),
      Map.entry(Integer.class, Set.of("intValue", "equals", "compareTo", "toString")),
      Map.entry(Long.class, Set.of("longValue", "intValue", "equals", "compareTo", "toString")),
      Map.entry(Boolean.class, Set.of("booleanValue", "equals", "toString")),
      Map.entry(Double.class, Set.of("doubleValue", "equals", "compareTo", "toString")));

  /** Static JDK methods among {@link #JDK_METHODS} (the others are instance methods). */
  static final Map<Class<?>, Set<String>> JDK_STATIC = Map.of(
      String.class, Set.of("join", "valueOf"),
      List.class, Set.of("of"),
      Set.class, Set.of("of"),
      LocalDate.class, Set.of("of"));

  private static final Set<Class<?>> JDK_TYPES = Set.of(String.class, CharSequence.class, Collection.class, List.class,
      Set.class, Optional.class, LocalDate.class, DayOfWeek.class, Month.class, ChronoUnit.class, Integer.class,
      Long.class, Boolean.class, Double.class, Character.class, Void.class,
      java.time.chrono.ChronoLocalDate.class, java.time.temporal.Temporal.class,
      java.time.temporal.TemporalUnit.class, Iterable.class);

  /**
   * The registry the allow-list is generated from: {@link Vocabulary}'s lists, or, in tests, lists
   * that add a probe class.
   */
  record Registry(List<Class<?>> facts, List<Class<?>> derived, List<Class<?>> helpers, Class<?> report,
      List<Class<?>> values) {
    static Registry standard() {
      return new Registry(Vocabulary.FACTS, Vocabulary.DERIVED, Vocabulary.HELPERS, Vocabulary.REPORT, Vocabulary.VALUES);
    }

    /** Facts, derived facts, helpers and report: the types whose methods are the registered ones. */
    List<Class<?>> types() {
      List<Class<?>> all = new ArrayList<>(facts);
      all.addAll(derived);
      all.addAll(helpers);
      all.add(report);
      return all;
    }
  }

  private static final AuthorVocabulary INSTANCE = new AuthorVocabulary(Registry.standard());

  private final Set<Class<?>> factTypes;
  private final Set<Class<?>> derivedTypes;
  private final Set<Class<?>> valueTypes;
  private final Map<Class<?>, List<Method>> methods;

  AuthorVocabulary(Registry registry) {
    Set<Class<?>> facts = new LinkedHashSet<>(registry.facts());
    facts.addAll(registry.derived());
    this.factTypes = Collections.unmodifiableSet(facts);
    this.derivedTypes = Collections.unmodifiableSet(new LinkedHashSet<>(registry.derived()));
    Set<Class<?>> registered = new LinkedHashSet<>(registry.types());
    Set<Class<?>> values = new LinkedHashSet<>(JDK_TYPES);
    Map<Class<?>, List<Method>> byType = new LinkedHashMap<>();
    Deque<Class<?>> todo = new ArrayDeque<>(registered);
    todo.addAll(registry.values());
    Set<Class<?>> seen = new LinkedHashSet<>();
    // Two passes: first collect every type reachable, then keep the methods whose signatures stay inside.
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (!seen.add(c)) {
        continue;
      }
      values.add(c);
      for (Method m : candidateMethods(c, registered)) {
        for (Class<?> t : mentioned(m)) {
          if (ours(t) && !seen.contains(t)) {
            todo.add(t);
          }
        }
      }
      if (!vocabulary(c)) {
        for (Class<?> nested : c.getClasses()) {
          if (ours(nested)) {
            todo.add(nested);
          }
        }
      }
    }
    for (Class<?> c : values) {
      List<Method> allowed = new ArrayList<>();
      for (Method m : candidateMethods(c, registered)) {
        if (signatureAllowed(m, values)) {
          allowed.add(m);
        }
      }
      allowed.sort(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
      byType.put(c, List.copyOf(allowed));
    }
    this.valueTypes = Collections.unmodifiableSet(values);
    this.methods = Collections.unmodifiableMap(byType);
  }

  /** The checker's vocabulary. */
  public static AuthorVocabulary get() {
    return INSTANCE;
  }

  /** Types whose instances patterns match and consequences insert or delete. */
  public Set<Class<?>> factTypes() {
    return factTypes;
  }

  /** Every type an expression in a rule file may have. */
  public Set<Class<?>> valueTypes() {
    return valueTypes;
  }

  /** The allowed methods of a type (including those its supertypes allow), sorted by name. */
  public List<Method> methods(Class<?> type) {
    List<Method> own = methods.get(type);
    if (own != null && !JDK_TYPES.contains(type)) {
      return own;
    }
    // JDK types: the fixed list, also for their subtypes (an ImmutableList is a List).
    List<Method> found = new ArrayList<>();
    for (Map.Entry<Class<?>, Set<String>> e : JDK_METHODS.entrySet()) {
      if (e.getKey().isAssignableFrom(type)) {
        for (Method m : e.getKey().getMethods()) {
          if (e.getValue().contains(m.getName()) && (Modifier.isStatic(m.getModifiers())
              == JDK_STATIC.getOrDefault(e.getKey(), Set.of()).contains(m.getName()))) {
            found.add(m);
          }
        }
      }
    }
    if (own != null) {
      found.addAll(own);
    }
    return found;
  }

  /** True for a fact type: patterns without {@code from} match only these. */
  public boolean isFactType(Class<?> c) {
    return factTypes.contains(c);
  }

  /** Derived vocabulary facts ({@link Vocabulary#DERIVED}): the only ones consequences insert or delete. */
  public Set<Class<?>> derivedTypes() {
    return derivedTypes;
  }

  /** True for a derived vocabulary fact: consequences insert or delete only these. */
  public boolean isDerivedType(Class<?> c) {
    return derivedTypes.contains(c);
  }

  public boolean isValueType(Class<?> c) {
    return c.isPrimitive() || valueTypes.contains(c) || JDK_TYPES.stream().anyMatch(t -> t.isAssignableFrom(c))
        && !c.isArray();
  }

  /** Simple names of the allowed methods of a type, for "allowed instead" messages. */
  public List<String> methodNames(Class<?> type) {
    return methods(type).stream().map(Method::getName).distinct().sorted().toList();
  }

  private static boolean ours(Class<?> c) {
    if (c.isArray() || c.isPrimitive()) {
      return false;
    }
    String p = c.getPackageName();
    return p.equals(MODEL_PACKAGE) || p.equals(RULES_PACKAGE) || p.equals(VOCABULARY_PACKAGE);
  }

  private static boolean vocabulary(Class<?> c) {
    Class<?> top = c;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    return top.getPackageName().equals(VOCABULARY_PACKAGE);
  }

  /** Methods considered before the signature check: by the rules of the class comment. */
  private static List<Method> candidateMethods(Class<?> c, Set<Class<?>> registered) {
    List<Method> out = new ArrayList<>();
    if (JDK_TYPES.contains(c) || !Modifier.isPublic(c.getModifiers())) {
      return out;
    }
    if (registered.contains(c)) {
      // the registry's own listing, the one docs/vocabulary.md shows: nothing else of the class
      for (Vocabulary.Entry e : Vocabulary.described(c)) {
        out.add(e.method());
      }
      return out;
    }
    boolean vocab = vocabulary(c);
    if (vocab) {
      // a type of the vocabulary package the registry does not list (an enum such as Header): its
      // constants, name, compareTo, equals and toString, nothing else
      if (c.isEnum()) {
        for (Method m : c.getMethods()) {
          if (!Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()
              && (m.getDeclaringClass() == Enum.class || m.getDeclaringClass() == Object.class || m.getDeclaringClass() == c)
              && (Set.of("name", "compareTo").contains(m.getName()) || isObjectMethodAllowed(m))) {
            out.add(m);
          }
        }
      }
      return out;
    }
    Set<String> components = new LinkedHashSet<>();
    if (c.isRecord()) {
      for (var rc : c.getRecordComponents()) {
        components.add(rc.getName());
      }
    }
    for (Method m : c.getMethods()) {
      if (m.isSynthetic() || m.isBridge() || m.getDeclaringClass() == Object.class && !isObjectMethodAllowed(m)) {
        continue;
      }
      if (m.getDeclaringClass() == Enum.class && !Set.of("name", "compareTo", "equals", "toString").contains(m.getName())) {
        continue;
      }
      String n = m.getName();
      boolean isStatic = Modifier.isStatic(m.getModifiers());
      if (isStatic) {
        // rules types: static factories (Due.now); model types: none
        if (c.getPackageName().equals(RULES_PACKAGE) && !n.equals("valueOf") && !n.equals("values")) {
          out.add(m);
        }
        continue;
      }
      if (components.contains(n) || n.startsWith("get") || n.startsWith("is") || n.startsWith("has")
          || isObjectMethodAllowed(m) || n.equals("name") || n.equals("compareTo")) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean isObjectMethodAllowed(Method m) {
    return m.getName().equals("equals") && m.getParameterCount() == 1
        || m.getName().equals("toString") && m.getParameterCount() == 0;
  }

  private static boolean signatureAllowed(Method m, Set<Class<?>> values) {
    Class<?> r = m.getReturnType();
    if (r != void.class && !allowedType(r, values)) {
      return false;
    }
    if (!typeArgumentsAllowed(m.getGenericReturnType(), values)) {
      return false;
    }
    for (Class<?> p : m.getParameterTypes()) {
      boolean ok = p == RuleContext.class || p == Object.class && m.getName().equals("equals")
          || p.isArray() && allowedType(p.getComponentType(), values) || allowedType(p, values);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowedType(Class<?> c, Set<Class<?>> values) {
    return c.isPrimitive() && c != void.class || values.contains(c)
        || JDK_TYPES.contains(c) || c.isEnum() && ours(c);
  }

  private static boolean typeArgumentsAllowed(Type t, Set<Class<?>> values) {
    if (t instanceof ParameterizedType p) {
      for (Type a : p.getActualTypeArguments()) {
        Class<?> raw = raw(a);
        if (raw == null || !allowedType(raw, values) && !(a instanceof WildcardType)) {
          return false;
        }
        if (!typeArgumentsAllowed(a, values)) {
          return false;
        }
      }
    }
    return true;
  }

  private static Set<Class<?>> mentioned(Method m) {
    Set<Class<?>> out = new LinkedHashSet<>();
    collect(m.getGenericReturnType(), out);
    for (Type p : m.getGenericParameterTypes()) {
      collect(p, out);
    }
    return out;
  }

  private static void collect(Type t, Set<Class<?>> out) {
    Class<?> raw = raw(t);
    if (raw != null) {
      out.add(raw.isArray() ? raw.getComponentType() : raw);
    }
    if (t instanceof ParameterizedType p) {
      for (Type a : p.getActualTypeArguments()) {
        collect(a, out);
      }
    }
  }

  /** The class of a type, or null for type variables and unbounded wildcards. */
  static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (t instanceof WildcardType w && w.getUpperBounds().length == 1 && w.getUpperBounds()[0] != Object.class) {
      return raw(w.getUpperBounds()[0]);
    }
    return null;
  }
}
