package io.github.liaisonproject.rules.vocabulary;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The closed vocabulary of the rule files, in one place: the fact types Java inserts (the
 * statement, its parts, the directory's answers about them), the fact types rules derive through
 * {@code report}, the helpers for comparing addresses and wording messages, the {@code report}
 * calls, and the model's values rules compare with. Every property and call carries a one-line
 * {@link Describe}; docs/vocabulary.md is generated from here ({@link #markdown()}), and a test
 * fails when it drifts. What is not listed here is not vocabulary, even when it is public.
 * The lists are unmodifiable and the methods stateless: thread-safe.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** Facts inserted for every assessment: the statement and its parts, and directory lookups. */
  public static final List<Class<?>> FACTS = List.of(Statement.class, FromBody.class, ToBody.class, Contact.class,
      OriginalStatement.class, ResponseStatement.class, DocumentFact.class, AttachmentFact.class, RoleHolder.class,
      CorrectGroup.class, CounterpartRelationshipFact.class, NamedDocument.class);

  /** Facts rules derive, through {@code report}: steps of a decision other rules read. */
  public static final List<Class<?>> DERIVED = List.of(ApprovalNeed.class, ApprovalGiven.class,
      DeliveryAddress.class, ContextNeeded.class, UsualContact.class, EffectivePurpose.class);

  /** Helpers with static methods: address comparison and the wording of messages. */
  public static final List<Class<?>> HELPERS = List.of(Addresses.class, Words.class);

  /** The global {@code report}: every call a rule's consequence makes. */
  public static final Class<Report> REPORT = Report.class;

  /** Values rules compare with and pass: enums of the vocabulary, the model and the results. */
  public static final List<Class<?>> VALUES = List.of(Header.class,
      io.github.liaisonproject.model.BodyKind.class, io.github.liaisonproject.model.Role.class,
      io.github.liaisonproject.model.Purpose.class, io.github.liaisonproject.model.Direction.class,
      io.github.liaisonproject.model.Stage.class, io.github.liaisonproject.model.DocumentKind.class,
      io.github.liaisonproject.model.DocumentStatus.class, io.github.liaisonproject.model.DraftKind.class,
      io.github.liaisonproject.model.Stream.class, io.github.liaisonproject.model.ConsensusLevel.class,
      io.github.liaisonproject.model.ConsensusProcess.class, io.github.liaisonproject.model.DiscussionOutcome.class,
      io.github.liaisonproject.model.Known.class, io.github.liaisonproject.rules.Eligibility.class);

  /** {@return every type of the vocabulary, in a new list: facts, derived facts, helpers, report} */
  public static List<Class<?>> types() {
    List<Class<?>> all = new ArrayList<>(FACTS);
    all.addAll(DERIVED);
    all.addAll(HELPERS);
    all.add(REPORT);
    return all;
  }

  /**
   * One entry of the vocabulary: a property or call of a type, with its description.
   *
   * @param type the type that declares it
   * @param name the property as rules write it ({@code outgoing}, {@code sendTo}), or the call with its
   *     parameter types
   * @param valueType the property's type, or the call's result type, in simple names
   * @param description its {@link Describe} line
   * @param method the Java method behind it
   */
  public record Entry(Class<?> type, String name, String valueType, String description, Method method) {}

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals", "getClass");

  /**
   * The public methods of a type that are vocabulary: declared by it or a vocabulary superclass,
   * not deprecated, not Object's, sorted by name then parameters.
   *
   * @param type a vocabulary type; not null
   * @return the entries, in a new list
   * @throws IllegalStateException naming every such method without a {@link Describe}
   */
  public static List<Entry> entries(Class<?> type) {
    List<String> undescribed = new ArrayList<>();
    List<Entry> out = scan(type, undescribed);
    if (!undescribed.isEmpty()) {
      undescribed.sort(null);
      throw new IllegalStateException("vocabulary methods without @Describe: " + String.join(", ", undescribed));
    }
    return out;
  }

  /**
   * As {@link #entries(Class)}, without failing on a public method that lacks its {@link Describe}:
   * such a method is left out. The author-file checker allows exactly these methods, so a method
   * added to a vocabulary class is unreachable from rule files until it is registered here (and
   * listed in docs/vocabulary.md).
   *
   * @param type a vocabulary class; not null
   * @return its described public methods (those of Object and deprecated ones left out); a new list
   */
  public static List<Entry> described(Class<?> type) {
    return scan(type, new ArrayList<>());
  }

  private static List<Entry> scan(Class<?> type, List<String> undescribed) {
    List<Entry> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() == Object.class || OBJECT_METHODS.contains(m.getName()) || m.isSynthetic()
          || m.isAnnotationPresent(Deprecated.class) || !m.getDeclaringClass().getPackageName().equals(Vocabulary.class.getPackageName())) {
        continue;
      }
      Describe d = m.getAnnotation(Describe.class);
      if (d == null) {
        undescribed.add(type.getSimpleName() + "." + m.getName());
        continue;
      }
      out.add(new Entry(type, name(m), typeName(m.getGenericReturnType()), d.value(), m));
    }
    out.sort(Comparator.comparing(Entry::name));
    return out;
  }

  /** A property as rules write it (outgoing, sendTo), or a call with its parameter types. */
  static String name(Method m) {
    String n = m.getName();
    boolean property = m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers());
    if (property && n.startsWith("get") && n.length() > 3) {
      return Character.toLowerCase(n.charAt(3)) + n.substring(4);
    }
    if (property && n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
      return Character.toLowerCase(n.charAt(2)) + n.substring(3);
    }
    List<String> params = new ArrayList<>();
    Type[] types = m.getGenericParameterTypes();
    for (Type t : types) {
      String s = typeName(t);
      params.add(s.equals("RuleContext") ? "kcontext" : s);
    }
    return (Modifier.isStatic(m.getModifiers()) ? m.getDeclaringClass().getSimpleName() + "." : "") + n
        + "(" + String.join(", ", params) + ")";
  }

  static String typeName(Type t) {
    if (t instanceof Class<?> c) {
      return c.isArray() ? typeName(c.getComponentType()) + "..." : c.getSimpleName();
    }
    if (t instanceof ParameterizedType p) {
      return typeName(p.getRawType()) + "<" + String.join(", ",
          Arrays.stream(p.getActualTypeArguments()).map(Vocabulary::typeName).toList()) + ">";
    }
    if (t instanceof WildcardType w) {
      return w.getUpperBounds().length > 0 && w.getUpperBounds()[0] != Object.class
          ? "? extends " + typeName(w.getUpperBounds()[0]) : "?";
    }
    return t.getTypeName();
  }

  private static String description(Class<?> type) {
    Describe d = type.getAnnotation(Describe.class);
    if (d == null) {
      throw new IllegalStateException("vocabulary type without @Describe: " + type.getSimpleName());
    }
    return d.value();
  }

  /**
   * {@return docs/vocabulary.md: every fact type, property, lookup, helper and report call, one line each}
   * @throws IllegalStateException when a vocabulary type or method lacks its {@link Describe}
   */
  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# The rule vocabulary\n\n")
        .append("Generated from `io.github.liaisonproject.rules.vocabulary.Vocabulary`; do not edit by hand. ")
        .append("Everything a rule file may use: the facts it matches, the properties and lookups it reads, the ")
        .append("helpers it words messages with, and the `report` calls its consequences make. A property is ")
        .append("written as rules write it (`Statement( outgoing, sendTo != null )`); \"Lookup\" marks an answer of ")
        .append("the directory; \"Derived\" marks a fact rules insert through `report`. ")
        .append("How to use them: [authoring.md](authoring.md).\n");
    section(sb, "Facts inserted for every assessment", FACTS);
    section(sb, "Facts rules derive", DERIVED);
    section(sb, "Helpers", HELPERS);
    sb.append("\n## report\n\n").append(description(REPORT)).append("\n\n| call | what it does |\n|---|---|\n");
    for (Entry e : entries(REPORT)) {
      sb.append("| `").append(e.name()).append("` | ").append(cell(e.description())).append(" |\n");
    }
    sb.append("\n## Values\n\n| type | values |\n|---|---|\n");
    for (Class<?> v : VALUES) {
      sb.append("| `").append(v.getSimpleName()).append("` | ").append(String.join(", ",
          Arrays.stream(v.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList())).append(" |\n");
    }
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, List<Class<?>> types) {
    sb.append("\n## ").append(title).append("\n");
    for (Class<?> t : types) {
      sb.append("\n### ").append(t.getSimpleName()).append("\n\n").append(description(t)).append("\n\n");
      List<Entry> entries = entries(t);
      if (entries.isEmpty()) {
        continue;
      }
      sb.append("| property or call | type | what it is |\n|---|---|---|\n");
      for (Entry e : entries) {
        sb.append("| `").append(e.name()).append("` | `").append(e.valueType()).append("` | ")
            .append(cell(e.description())).append(" |\n");
      }
    }
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
