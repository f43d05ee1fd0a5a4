package io.github.liaisonproject.model.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.validation.MailAddress;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Says in words what a field of the model expects, and what a token is, for error messages. */
final class Expectations {
  private Expectations() {}

  private static final String MODEL_PACKAGE = "io.github.liaisonproject.model";

  /** A noun phrase for one value and for several ("an address" / "addresses"). */
  record Noun(String one, String many) {}

  /** What the value at the end of this path should be; empty when it cannot be told. */
  static Optional<Noun> expected(List<Reference> path) {
    int n = path.size();
    if (n == 0) {
      return Optional.empty();
    }
    Reference last = path.get(n - 1);
    boolean element = last.getFieldName() == null;
    Reference owner = element ? (n >= 2 ? path.get(n - 2) : null) : last;
    if (owner == null || owner.getFieldName() == null || owner.getFrom() == null) {
      return Optional.empty();
    }
    Object from = owner.getFrom();
    Class<?> ownerClass = from instanceof Class<?> c ? c : from.getClass();
    Class<?> model = modelType(ownerClass);
    if (model == null) {
      return Optional.empty();
    }
    Method accessor = accessor(model, owner.getFieldName());
    if (accessor == null) {
      return Optional.empty();
    }
    AnnotatedType type = accessor.getAnnotatedReturnType();
    if (element) {
      type = typeArgument(type);
      if (type == null) {
        return Optional.empty();
      }
    }
    return Optional.of(describe(type));
  }

  /** The model's own abstract type behind an Immutables implementation or its JSON delegate. */
  static Class<?> modelType(Class<?> c) {
    if (c == null || c == Object.class) {
      return null;
    }
    if (c.getPackageName().equals(MODEL_PACKAGE) && !c.getSimpleName().startsWith("Immutable")
        && c.getEnclosingClass() == null && (Modifier.isAbstract(c.getModifiers()) || c.isInterface())) {
      return c;
    }
    Class<?> sup = modelType(c.getSuperclass());
    if (sup != null) {
      return sup;
    }
    for (Class<?> i : c.getInterfaces()) {
      Class<?> found = modelType(i);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  static Method accessor(Class<?> model, String property) {
    String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String name : List.of("get" + cap, "is" + cap)) {
      try {
        return model.getMethod(name);
      } catch (NoSuchMethodException e) {
        // try the next prefix
      }
    }
    return null;
  }

  private static AnnotatedType typeArgument(AnnotatedType type) {
    if (type instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length == 1) {
      return p.getAnnotatedActualTypeArguments()[0];
    }
    return null;
  }

  static Noun describe(AnnotatedType type) {
    Type t = type.getType();
    Class<?> raw = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : t instanceof Class<?> c ? c : Object.class;
    if (Collection.class.isAssignableFrom(raw)) {
      AnnotatedType arg = typeArgument(type);
      String of = arg == null ? "values" : describe(arg).many();
      return new Noun("a list of " + of, "lists of " + of);
    }
    if (raw == Optional.class) {
      AnnotatedType arg = typeArgument(type);
      return arg == null ? new Noun("a value", "values") : describe(arg);
    }
    if (raw == String.class) {
      return type.isAnnotationPresent(MailAddress.class)
          ? new Noun("an address (local@domain)", "addresses (local@domain)")
          : new Noun("text", "texts");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return new Noun("true or false", "true or false values");
    }
    if (raw == LocalDate.class) {
      return new Noun("a date (YYYY-MM-DD)", "dates (YYYY-MM-DD)");
    }
    if (raw == URI.class) {
      return new Noun("a URL", "URLs");
    }
    if (raw == Purpose.class) {
      return new Noun("a purpose (For Information, For Action or In Response)", "purposes");
    }
    if (raw.isEnum()) {
      return new Noun("one of " + enumNames(raw), "values from " + enumNames(raw));
    }
    String name = raw.getSimpleName();
    return new Noun("an object (" + name + ")", name + " objects");
  }

  static String enumNames(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.joining(", "));
  }

  /** What a token is, in the words of a person reading the file. */
  static String found(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case VALUE_STRING: return "text";
      case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return "a number";
      case VALUE_TRUE: case VALUE_FALSE: return "true/false";
      case START_ARRAY: case END_ARRAY: return "a list";
      case START_OBJECT: case END_OBJECT: case FIELD_NAME: return "an object";
      case VALUE_NULL: return "null";
      default: return "a value of another kind";
    }
  }
}
