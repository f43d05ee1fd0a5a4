package io.github.liaisonproject.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.liaisonproject.model.io.LiaisonInputException.Problem;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns Jackson's and SnakeYAML's exceptions into problems a person can act on. */
final class Problems {
  private Problems() {}

  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  static LiaisonInputException translate(JsonProcessingException e, String source, String what) {
    int line = 0;
    int column = 0;
    JsonLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() <= 0) && e.getProcessor() instanceof JsonParser p && !p.isClosed()) {
      loc = p.currentLocation();
    }
    if (loc != null && loc.getLineNr() > 0) {
      line = loc.getLineNr();
      column = Math.max(loc.getColumnNr(), 1);
    }
    String field = "";
    if (e instanceof JsonMappingException m) {
      field = path(m.getPath());
    }
    if (field.isEmpty() && e.getProcessor() instanceof JsonParser p) {
      field = contextPath(p.getParsingContext());
    }
    MarkedYAMLException yaml = cause(e, MarkedYAMLException.class);
    if (yaml != null && yaml.getProblemMark() != null) {
      Mark mark = yaml.getProblemMark();
      line = mark.getLine() + 1;
      column = mark.getColumn() + 1;
    }
    String message = describe(e, field, what, yaml);
    return new LiaisonInputException(new Problem(source, line, column, field, message), e);
  }

  private static String describe(JsonProcessingException e, String field, String what, MarkedYAMLException yaml) {
    String at = field.isEmpty() ? "" : "field \"" + field + "\": ";
    if (e instanceof UnrecognizedPropertyException u) {
      String name = u.getPropertyName();
      List<String> known = u.getKnownPropertyIds() == null ? List.of()
          : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.toList());
      Optional<String> near = nearest(name, known);
      return "unknown field \"" + field + "\"" + near.map(s -> "; did you mean \"" + s + "\"?")
          .orElse(known.isEmpty() ? "; remove it" : "; remove it or use one of: " + String.join(", ", known));
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      String value = String.valueOf(f.getValue());
      if (target == LocalDate.class) {
        return at + quote(value) + " is not a date; write YYYY-MM-DD, e.g. 2025-03-31";
      }
      if (target == URI.class) {
        return at + quote(value) + " is not a URL; write it like https://example.org/document.pdf";
      }
      if (target != null && target.isEnum()) {
        return at + "unknown value " + quote(value) + "; use one of " + Expectations.enumNames(target);
      }
    }
    IllegalArgumentException badValue = cause(e, IllegalArgumentException.class);
    if (badValue != null && badValue.getMessage() != null && badValue.getMessage().startsWith("unknown ")) {
      return at + firstLine(badValue.getMessage());
    }
    IllegalStateException notBuilt = cause(e, IllegalStateException.class);
    if (notBuilt != null && notBuilt.getMessage() != null) {
      Matcher m = MISSING.matcher(notBuilt.getMessage());
      if (m.find()) {
        List<String> names = List.of(m.group(1).split(",\\s*"));
        return at + "missing required field" + (names.size() > 1 ? "s " : " ")
            + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "))
            + "; add " + (names.size() > 1 ? "them" : "it");
      }
    }
    NullPointerException nul = cause(e, NullPointerException.class);
    if (nul != null) {
      String msg = nul.getMessage() == null ? "" : nul.getMessage();
      if (msg.endsWith(" element")) {
        String list = msg.substring(0, msg.length() - " element".length());
        String where = field.isEmpty() ? list : field.endsWith(list) ? field : field + "." + list;
        return "field \"" + where + "\": a list entry is null; remove it or give a value";
      }
      String where = msg.isEmpty() ? field : field.isEmpty() ? msg : field + "." + msg;
      return (where.isEmpty() ? "" : "field \"" + where + "\": ") + "null is not allowed here; give a value or leave the field out";
    }
    StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
    if (limit != null) {
      String m = String.valueOf(limit.getOriginalMessage());
      if (m.contains("nesting depth")) {
        return "the " + what + " is nested more than " + Mappers.MAX_NESTING_DEPTH + " levels deep; a "
            + what + " file needs only a few levels";
      }
      if (m.contains("String value length")) {
        return at + "a text is longer than " + Mappers.MAX_STRING_LENGTH + " characters; shorten it or attach a file";
      }
      if (m.contains("Document length") || m.contains("document length")) {
        return "the file is larger than " + Mappers.MAX_DOCUMENT_CHARS + " characters";
      }
      return clean(m);
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException vi && vi.getCause() != null
        && vi.getCause().getMessage() != null) {
      // a value's own creator refused it (Known: "expected YES, NO or UNKNOWN, not maybe")
      return at + clean(vi.getCause().getMessage());
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
      return at + "null is not allowed here; give a value or remove the entry";
    }
    if (e instanceof MismatchedInputException mi) {
      String msg = String.valueOf(mi.getOriginalMessage());
      if (msg.startsWith("No content to map")) {
        return "the file is empty; it must hold a " + what;
      }
      if (msg.startsWith("Trailing token")) {
        return "there is more after the end of the " + what + "; keep one " + what
            + " per file (in YAML no second \"---\" document; use a list for several statements)";
      }
      JsonToken token = mi.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
      String found = Expectations.found(token);
      if (msg.contains("empty String")) {
        found = "empty text";
      }
      Optional<Expectations.Noun> expected = Expectations.expected(mi.getPath());
      if (expected.isPresent()) {
        String exp = expected.get().one();
        String hint = exp.equals("text") && token != null && token.isScalarValue() && token != JsonToken.VALUE_STRING
            ? "; put it in quotes" : found.equals("empty text") ? "; give a value or leave the field out" : "";
        return at + "expected " + exp + ", found " + found + hint;
      }
      if (mi.getPath().isEmpty()) {
        return "expected a " + what + " (an object of fields), found " + found;
      }
      return at + "found " + found + ", which does not fit here: " + clean(msg);
    }
    if (yaml != null) {
      String problem = yaml.getProblem() == null ? "" : yaml.getProblem();
      String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
      return "YAML syntax error: " + context + problem.trim() + "; check the indentation and quoting";
    }
    String msg = String.valueOf(e.getOriginalMessage());
    if (e instanceof LiaisonFiles.AliasException) {
      return msg;
    }
    if (msg.startsWith("Duplicate field") || msg.startsWith("Duplicate Object property")) {
      Matcher m = Pattern.compile("'([^']*)'").matcher(msg);
      String name = m.find() ? m.group(1) : "?";
      String where = field.isEmpty() ? name : field;
      return "field \"" + where + "\" appears twice; keep only one";
    }
    if (msg.contains("end-of-input")) {
      return "the file ends too early (" + clean(msg).replaceFirst("^Unexpected end-of-input:?\\s*", "")
          + "); is it truncated?";
    }
    return (e instanceof JsonMappingException ? at : "syntax error: ") + clean(msg);
  }

  /** Jackson's path as a person writes it: {@code from[0].kind}, {@code [2].subject}. */
  static String path(List<Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (Reference r : refs) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** The path of the parser's current position. */
  static String contextPath(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.add(0, c.getCurrentName());
      } else if (c.inArray()) {
        parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
      }
    }
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (b.length() > 0 && !p.startsWith("[")) {
        b.append('.');
      }
      b.append(p);
    }
    return b.toString();
  }

  /** The known name nearest to {@code name}, if near enough to be a likely typo. */
  static Optional<String> nearest(String name, Collection<String> known) {
    return Suggestions.nearest(name, known);
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String quote(String value) {
    String v = value.replace("\r", "\\r").replace("\n", "\\n");
    return "\"" + (v.length() > 60 ? v.substring(0, 57) + "..." : v) + "\"";
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** A Jackson message without source excerpts, locations or Java class names. */
  static String clean(String message) {
    String m = firstLine(message == null ? "" : message);
    m = m.replaceAll("\\s*\\(for \\w+ starting at \\[Source:[^\\]]*\\]\\)", "");
    m = m.replaceAll("\\s*at \\[Source:[^\\]]*\\]", "");
    m = m.replaceAll("\\[Source:[^\\]]*\\]", "");
    m = m.replaceAll("`(?:[a-z0-9_]+\\.)+(?:[A-Za-z0-9_$]+\\$)?([A-Za-z0-9_]+)(<[^`]*>)?`", "$1");
    m = m.replaceAll("\\s*\\(through reference chain:.*$", "");
    return m.trim();
  }
}
