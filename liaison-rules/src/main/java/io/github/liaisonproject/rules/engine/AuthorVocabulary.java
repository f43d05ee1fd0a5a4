package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.rules.vocabulary.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What author rule files may name, derived by reflection from the rule vocabulary: the one source
 * of truth of the author-file checker ({@link RuleChecker}).
 *
 * <ul>
 *   <li><b>Fact types</b>: the public classes of the package
 *       {@code io.github.liaisonproject.rules.vocabulary} except {@link Report}; patterns without
 *       {@code from} match only these, and consequences insert or delete only these (not the
 *       {@code Statement} itself).
 *   <li><b>Value types</b>: every type reachable from the fact types and {@link Report} through the
 *       allowed methods' return and parameter types, when it lives in the model package
 *       ({@code io.github.liaisonproject.model}), the rules package
 *       ({@code io.github.liaisonproject.rules}) or the vocabulary package; plus String, the
 *       primitive and boxed types, and the few JDK types below.
 *   <li><b>Methods</b>: of vocabulary types, every public one; of model and rules types, the
 *       property readers ({@code get*}, {@code is*}, {@code has*}, record components) and, of rules
 *       types, their public static factories ({@code Due.now()}); of enums, their constants;
 *       {@code equals}, {@code toString}, {@code compareTo} everywhere; of String, List, Set,
 *       Collection, Optional and java.time values, a fixed list of pure methods
 *       ({@link #JDK_METHODS}). A method is allowed only when its return type and every
 *       parameter type are allowed too: nothing returning {@code Class}, {@code Object} or any
 *       other type outside the list is reachable.
 * </ul>
 *
 * <p>After the vocabulary registry lands, {@link #vocabularyTypes()} is the one line to point at it.
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

  private static final AuthorVocabulary INSTANCE = new AuthorVocabulary(vocabularyTypes());

  private final Set<Class<?>> factTypes;
  private final Set<Class<?>> valueTypes;
  private final Map<Class<?>, List<Method>> methods;

  private AuthorVocabulary(Collection<Class<?>> vocabulary) {
    Set<Class<?>> facts = new LinkedHashSet<>();
    for (Class<?> c : vocabulary) {
      if (c != Report.class && c.getEnclosingClass() == null && !c.isInterface()) {
        facts.add(c);
      }
    }
    this.factTypes = Collections.unmodifiableSet(facts);
    Set<Class<?>> values = new LinkedHashSet<>(JDK_TYPES);
    Map<Class<?>, List<Method>> byType = new LinkedHashMap<>();
    Deque<Class<?>> todo = new ArrayDeque<>(vocabulary);
    todo.add(Report.class);
    Set<Class<?>> seen = new LinkedHashSet<>();
    // Two passes: first collect every type reachable, then keep the methods whose signatures stay inside.
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (!seen.add(c)) {
        continue;
      }
      values.add(c);
      for (Method m : candidateMethods(c)) {
        for (Class<?> t : mentioned(m)) {
          if (ours(t) && !seen.contains(t)) {
            todo.add(t);
          }
        }
      }
      for (Class<?> nested : c.getClasses()) {
        if (ours(nested)) {
          todo.add(nested);
        }
      }
    }
    for (Class<?> c : values) {
      List<Method> allowed = new ArrayList<>();
      for (Method m : candidateMethods(c)) {
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

  /**
   * The public types of the vocabulary package, found on the class path next to {@link Report}.
   * The one line to change when the vocabulary has a registry of its own.
   */
  static List<Class<?>> vocabularyTypes() {
    Set<String> names = new TreeSet<>();
    String dir = VOCABULARY_PACKAGE.replace('.', '/');
    try {
      Enumeration<URL> roots = Report.class.getClassLoader().getResources(dir);
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        if (url.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) url.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
              String n = e.nextElement().getName();
              if (n.startsWith(dir + "/") && n.endsWith(".class") && n.indexOf('/', dir.length() + 1) < 0) {
                names.add(n.substring(dir.length() + 1, n.length() - ".class".length()));
              }
            }
          }
        } else if (url.getProtocol().equals("file")) {
          try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the rule vocabulary", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list the rule vocabulary", e);
    }
    List<Class<?>> types = new ArrayList<>();
    for (String n : names) {
      if (n.contains("$") || n.equals("package-info")) {
        continue;
      }
      try {
        Class<?> c = Class.forName(VOCABULARY_PACKAGE + "." + n, false, Report.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers())) {
          types.add(c);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the rule vocabulary lists " + n + " but it cannot be loaded", e);
      }
    }
    if (!types.contains(Report.class)) {
      types.add(Report.class);
    }
    return List.copyOf(types);
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

  /** True for a fact type, or a type patterns may match through {@code from} (any value type). */
  public boolean isFactType(Class<?> c) {
    return factTypes.contains(c);
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
  private static List<Method> candidateMethods(Class<?> c) {
    List<Method> out = new ArrayList<>();
    if (JDK_TYPES.contains(c) || !Modifier.isPublic(c.getModifiers())) {
      return out;
    }
    boolean vocab = vocabulary(c);
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
        // vocabulary and rules types: static factories (Report.who, Due.now); model types: none
        if ((vocab || c.getPackageName().equals(RULES_PACKAGE)) && !n.equals("valueOf") && !n.equals("values")) {
          out.add(m);
        }
        continue;
      }
      if (vocab || components.contains(n) || n.startsWith("get") || n.startsWith("is") || n.startsWith("has")
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
