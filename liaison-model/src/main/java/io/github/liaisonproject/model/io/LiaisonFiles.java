package io.github.liaisonproject.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.io.LiaisonInputException.Problem;
import io.github.liaisonproject.model.validation.StatementValidator;
import io.github.liaisonproject.model.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes statement and directory files, in JSON or YAML. Thread-safe: every method is
 * static and uses shared, fully configured mappers.
 *
 * <p>Reading is strict, because a file a person wrote wrongly should be corrected rather than
 * guessed at: unknown fields, duplicate keys, a value of the wrong type (a number where a list or a
 * text is expected), a date not written YYYY-MM-DD, a second document after the first, YAML
 * aliases, and text after the end are all errors. Every error, including a statement or directory
 * that reads but fails validation ({@link StatementValidator#malformations} and
 * {@link StatementValidator#validate(Directory)}), is one {@link LiaisonInputException} naming the
 * file, line, column and field, and saying how to fix it. Completeness gaps (no purpose yet, no
 * From) are not errors here: a draft may lack them, and the rules report them.
 *
 * <p>Limits: files up to {@value Mappers#MAX_DOCUMENT_CHARS} characters, nesting up to
 * {@value Mappers#MAX_NESTING_DEPTH} levels, texts up to {@value Mappers#MAX_STRING_LENGTH}
 * characters, YAML lines up to {@value Mappers#MAX_YAML_LINE} characters (longer ones make the
 * YAML parser slow; write long texts on several lines, or use JSON); YAML aliases are not accepted at all (statement files never need them, and they are
 * the vehicle of "billion laughs" documents).
 *
 * <p>Writing leaves out empty optional values and empty lists, writes dates as YYYY-MM-DD, enums
 * by name and purposes by label ("For Action"). What is written reads back equal.
 */
public final class LiaisonFiles {
  private LiaisonFiles() {}

  // from the shared type factory: building them builds neither mapper
  private static final JavaType STATEMENT = TypeFactory.defaultInstance().constructType(LiaisonStatement.class);
  private static final JavaType STATEMENTS =
      TypeFactory.defaultInstance().constructCollectionType(List.class, LiaisonStatement.class);
  private static final JavaType DIRECTORY = TypeFactory.defaultInstance().constructType(Directory.class);

  // ---- reading files -------------------------------------------------------------------------

  /**
   * Reads the one statement in a {@code .json}, {@code .yaml} or {@code .yml} file.
   *
   * @param path the file; not null
   * @return the statement, never null; it passed {@link StatementValidator#malformations}
   * @throws LiaisonInputException when the file cannot be read, its extension is not .json, .yaml or
   *     .yml, it is malformed or fails validation, naming every problem
   */
  public static LiaisonStatement readStatement(Path path) throws LiaisonInputException {
    Format format = formatOf(path);
    return readStatement(readText(path), path.toString(), format);
  }

  /**
   * Reads a file holding one statement or a list of statements.
   *
   * @param path the file; not null
   * @return the statements in file order, unmodifiable, never null
   * @throws LiaisonInputException when the file cannot be read, its extension names no format, it is
   *     malformed or a statement fails validation
   */
  public static List<LiaisonStatement> readStatements(Path path) throws LiaisonInputException {
    Format format = formatOf(path);
    return readStatements(readText(path), path.toString(), format);
  }

  /**
   * Reads a directory file.
   *
   * @param path the file; not null
   * @return the directory, never null; it passed {@link StatementValidator#validate(Directory)}
   * @throws LiaisonInputException when the file cannot be read, its extension names no format, it is
   *     malformed or fails validation
   */
  public static Directory readDirectory(Path path) throws LiaisonInputException {
    Format format = formatOf(path);
    return readDirectory(readText(path), path.toString(), format);
  }

  // ---- reading text --------------------------------------------------------------------------

  /**
   * Reads one statement from text.
   *
   * @param text the JSON or YAML text; not null
   * @param sourceName the name messages give the text, such as a file or form name; not null
   * @param format how the text is written; not null
   * @return the statement, never null; it passed {@link StatementValidator#malformations}
   * @throws LiaisonInputException when the text is malformed or fails validation, naming every problem
   */
  public static LiaisonStatement readStatement(String text, String sourceName, Format format)
      throws LiaisonInputException {
    LiaisonStatement statement = bind(text, sourceName, format, STATEMENT, "statement");
    checkStatements(List.of(statement), false, text, sourceName, format);
    return statement;
  }

  /**
   * Reads one statement, or a list of statements, from text.
   *
   * @param text the JSON or YAML text; not null
   * @param sourceName the name messages give the text; not null
   * @param format how the text is written; not null
   * @return the statements in order, unmodifiable, never null
   * @throws LiaisonInputException when the text is malformed or a statement fails validation
   */
  public static List<LiaisonStatement> readStatements(String text, String sourceName, Format format)
      throws LiaisonInputException {
    boolean list = startsWithList(text, sourceName, format);
    List<LiaisonStatement> statements;
    if (list) {
      List<LiaisonStatement> read = bind(text, sourceName, format, STATEMENTS, "list of statements");
      for (int i = 0; i < read.size(); i++) {
        if (read.get(i) == null) {
          throw new LiaisonInputException(problem(sourceName, locations(text, format), "[" + i + "]",
              "entry [" + i + "] of the list is null; remove it or write a statement"), null);
        }
      }
      statements = List.copyOf(read);
    } else {
      LiaisonStatement one = bind(text, sourceName, format, STATEMENT, "statement");
      statements = List.of(one);
    }
    checkStatements(statements, list, text, sourceName, format);
    return statements;
  }

  /**
   * Reads a directory from text.
   *
   * @param text the JSON or YAML text; not null
   * @param sourceName the name messages give the text; not null
   * @param format how the text is written; not null
   * @return the directory, never null
   * @throws LiaisonInputException when the text is malformed or fails validation
   */
  public static Directory readDirectory(String text, String sourceName, Format format) throws LiaisonInputException {
    Directory directory = bind(text, sourceName, format, DIRECTORY, "directory");
    List<Violation> violations = StatementValidator.shared().validate(directory);
    if (!violations.isEmpty()) {
      throw invalid(violations.stream().map(v -> new PrefixedViolation("", v)).toList(), "directory", text, sourceName, format);
    }
    return directory;
  }

  // ---- writing -------------------------------------------------------------------------------
  // YAML is written with characters as they are, except when the text would hold a control, bidi,
  // zero-width or other format character, or a line or paragraph separator: then every character
  // outside printable ASCII is written as an escape in a double-quoted scalar, so that nothing
  // invisible reaches a terminal or an editor. JSON is written as Jackson writes it.

  /**
   * {@return the statement as text in the format, ending with a line break, which {@link
   * #readStatement(String, String, Format)} reads back equal; YAML holds no invisible character
   * raw (control, bidi, zero-width, line separator): when a value has one, every character outside
   * printable ASCII is written escaped}
   * @param statement the statement; not null
   * @param format the format; not null
   */
  public static String write(LiaisonStatement statement, Format format) {
    return writeValue(Objects.requireNonNull(statement, "statement"), format);
  }

  /**
   * {@return the directory as text in the format, ending with a line break, which {@link
   * #readDirectory(String, String, Format)} reads back equal}
   * @param directory the directory; not null
   * @param format the format; not null
   */
  public static String write(Directory directory, Format format) {
    return writeValue(Objects.requireNonNull(directory, "directory"), format);
  }

  /**
   * {@return the statements as a list in the format, which {@link #readStatements(String, String, Format)}
   * reads back}
   * @param statements the statements; not null, without null elements
   * @param format the format; not null
   */
  public static String write(List<? extends LiaisonStatement> statements, Format format) {
    return writeValue(List.copyOf(statements), format);
  }

  /**
   * Writes the statement to the file, in the format its extension says (UTF-8), replacing it.
   *
   * @param statement the statement; not null
   * @param path the file; not null
   * @throws IOException when the file cannot be written
   * @throws IllegalArgumentException when the extension names no format
   */
  public static void write(LiaisonStatement statement, Path path) throws IOException {
    Files.writeString(path, write(statement, Format.of(path)), StandardCharsets.UTF_8);
  }

  /**
   * Writes the directory to the file, in the format its extension says (UTF-8), replacing it.
   *
   * @param directory the directory; not null
   * @param path the file; not null
   * @throws IOException when the file cannot be written
   * @throws IllegalArgumentException when the extension names no format
   */
  public static void write(Directory directory, Path path) throws IOException {
    Files.writeString(path, write(directory, Format.of(path)), StandardCharsets.UTF_8);
  }

  private static String writeValue(Object value, Format format) {
    try {
      String text = Mappers.mapper(Objects.requireNonNull(format, "format")).writeValueAsString(value);
      if (format == Format.YAML && hasInvisibleCharacters(text)) {
        // Bidi controls and other invisible characters would be written raw (YAML counts them
        // printable): shown in a terminal or an editor, they reorder or hide what is read ("Trojan
        // Source"). Written escaped instead; the text reads back the same.
        text = Mappers.asciiYamlMapper().writeValueAsString(value);
      }
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      // only possible for values the model cannot hold; report it as a bug, not as input
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  // ---- internals -----------------------------------------------------------------------------

  /** Format characters (bidi controls, zero-width ones), line and paragraph separators, controls other than tab and line feed. */
  static boolean hasInvisibleCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7f && (c < 0xa0 || invisible(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean invisible(char c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.CONTROL;
  }

  private static Format formatOf(Path path) throws LiaisonInputException {
    try {
      return Format.of(path);
    } catch (IllegalArgumentException e) {
      throw new LiaisonInputException(new Problem(path.toString(), 0, 0, "", e.getMessage()), e);
    }
  }

  /** The file as text: at most the size limit, strictly UTF-8 (with an optional BOM). */
  static String readText(Path path) throws LiaisonInputException {
    String source = path.toString();
    byte[] bytes;
    try {
      // Only regular files, through a bounded stream: a link to /dev/zero or a FIFO is refused
      // before it is opened, and a file larger than the limit is cut off, whatever its size says.
      bytes = SafeFiles.read(path, Mappers.MAX_DOCUMENT_CHARS * 2L);
    } catch (SafeFiles.UnsafeFileException e) {
      throw new LiaisonInputException(new Problem(source, 0, 0, "", e.getMessage().replace(" bytes", " bytes ("
          + Mappers.MAX_DOCUMENT_CHARS + " characters)")), e);
    } catch (IOException e) {
      throw new LiaisonInputException(new Problem(source, 0, 0, "",
          "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"), e);
    }
    return decode(bytes, source);
  }

  static String decode(byte[] bytes, String source) throws LiaisonInputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new LiaisonInputException(new Problem(source, line, column, "", String.format(
          "the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8", bytes[at] & 0xff)), null);
    }
    out.flip();
    return out.toString();
  }

  private static <T> T bind(String text, String source, Format format, JavaType type, String what)
      throws LiaisonInputException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "sourceName");
    Objects.requireNonNull(format, "format");
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.isBlank()) {
      throw new LiaisonInputException(new Problem(source, 1, 1, "", "the file is empty; it must hold a " + what), null);
    }
    if (t.length() > Mappers.MAX_DOCUMENT_CHARS) {
      throw new LiaisonInputException(new Problem(source, 0, 0, "",
          "the file is larger than " + Mappers.MAX_DOCUMENT_CHARS + " characters; is it the right file?"), null);
    }
    if (format == Format.YAML) {
      rejectLongLines(t, source);
    }
    ObjectMapper mapper = Mappers.mapper(format);
    try {
      if (format == Format.YAML) {
        rejectAliases(mapper, t, source, what);
      }
      // our own parser, kept open until any error is translated: it knows the offending token
      try (JsonParser p = mapper.createParser(t)) {
        try {
          T value = mapper.readerFor(type).readValue(p);
          if (value == null) {
            throw new LiaisonInputException(new Problem(source, 1, 1, "",
                "the file holds no " + what + " (it is null or only comments); write the " + what + "'s fields"), null);
          }
          if (p.nextToken() != null) {
            JsonLocation loc = p.currentTokenLocation();
            throw new LiaisonInputException(new Problem(source, Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0), "",
                "there is more after the end of the " + what + "; keep one " + what + " per file"
                    + (format == Format.YAML ? " (no second \"---\" document)" : "")
                    + (type == STATEMENT ? "; a list of statements is read by readStatements" : "")), null);
          }
          return value;
        } catch (JsonProcessingException e) {
          throw withLocation(relocate(Problems.translate(e, source, what), e, t, format), p.currentLocation(), e);
        }
      }
    } catch (LiaisonInputException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw Problems.translate(e, source, what);
    } catch (IOException e) {
      // not expected from in-memory text; still an input problem to the caller
      throw new LiaisonInputException(new Problem(source, 0, 0, "", "cannot read the " + what + ": "
          + Problems.clean(e.getMessage())), e);
    } catch (RuntimeException | StackOverflowError e) {
      // a last safety net: the message names the problem, never a stack trace
      throw new LiaisonInputException(new Problem(source, 0, 0, "", "cannot read the " + what + " ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Problems.clean(e.getMessage()))
          + ")"), e);
    }
  }

  /** A YAML line longer than {@link Mappers#MAX_YAML_LINE}: refused before the parser sees it. */
  private static void rejectLongLines(String text, String source) throws LiaisonInputException {
    int line = 1;
    int start = 0;
    for (int i = 0, n = text.length(); i <= n; i++) {
      if (i == n || text.charAt(i) == '\n') {
        if (i - start > Mappers.MAX_YAML_LINE) {
          throw new LiaisonInputException(new Problem(source, line, 1, "", "line " + line + " is " + (i - start)
              + " characters long; YAML lines are limited to " + Mappers.MAX_YAML_LINE
              + " characters: write a long text on several lines (a block scalar, \"|\"), or use JSON"), null);
        }
        line++;
        start = i + 1;
      }
    }
  }

  /**
   * Aliases are read by Jackson as the anchor's name, silently; refuse them instead. This pass
   * also meets syntax errors and the nesting limit first, while its parser still knows where.
   */
  private static void rejectAliases(ObjectMapper mapper, String text, String source, String what) throws IOException {
    try (JsonParser p = mapper.createParser(text)) {
      try {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            JsonLocation loc = p.currentTokenLocation();
            throw new AliasException(p, "YAML alias \"*" + p.getText() + "\" is not supported; write the value out in full", loc);
          }
        }
      } catch (JsonProcessingException e) {
        throw withLocation(Problems.translate(e, source, what), p.currentLocation(), e);
      }
    }
  }

  /** The problem at the parser's location when the exception itself had none (limits carry none). */
  private static LiaisonInputException withLocation(LiaisonInputException found, JsonLocation loc, Throwable cause) {
    Problem p = found.problems().get(0);
    if (p.line() > 0 || loc == null || loc.getLineNr() <= 0) {
      return found;
    }
    return new LiaisonInputException(new Problem(p.source(), loc.getLineNr(), Math.max(loc.getColumnNr(), 1), p.field(),
        p.message()), cause);
  }

  /** A mapping error's line and column are those of its field's key, where the index knows it. */
  private static LiaisonInputException relocate(LiaisonInputException found, JsonProcessingException cause, String text,
      Format format) {
    Problem p = found.problems().get(0);
    if (!(cause instanceof com.fasterxml.jackson.databind.JsonMappingException) || p.field().isEmpty()) {
      return found;
    }
    JsonLocation loc = locations(text, format).get(p.field());
    if (loc == null || loc.getLineNr() <= 0) {
      return found;
    }
    return new LiaisonInputException(new Problem(p.source(), loc.getLineNr(), Math.max(loc.getColumnNr(), 1), p.field(),
        p.message()), cause);
  }

  /** Carries a YAML alias to {@link Problems}. */
  static final class AliasException extends com.fasterxml.jackson.core.JsonParseException {
    private static final long serialVersionUID = 1L;

    AliasException(JsonParser p, String message, JsonLocation location) {
      super(p, message, location);
    }
  }

  private static boolean startsWithList(String text, String source, Format format) throws LiaisonInputException {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.isBlank()) {
      return false;
    }
    if (format == Format.YAML) {
      try {
        rejectLongLines(t, source);
      } catch (LiaisonInputException e) {
        return false; // bind() reports it
      }
    }
    try (JsonParser p = Mappers.mapper(format).createParser(t)) {
      return p.nextToken() == JsonToken.START_ARRAY;
    } catch (IOException | RuntimeException e) {
      return false; // bind() reports the syntax error with its location
    }
  }

  private record PrefixedViolation(String prefix, Violation violation) {
    String path() {
      String p = violation.path();
      return prefix + (prefix.isEmpty() || p.isEmpty() ? p : "." + p);
    }
  }

  private static void checkStatements(List<LiaisonStatement> statements, boolean list, String text, String source,
      Format format) throws LiaisonInputException {
    List<PrefixedViolation> all = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      String prefix = list ? "[" + i + "]" : "";
      StatementValidator.shared().malformations(statements.get(i)).forEach(v -> all.add(new PrefixedViolation(prefix, v)));
    }
    if (!all.isEmpty()) {
      throw invalid(all, "statement", text, source, format);
    }
  }

  private static LiaisonInputException invalid(List<PrefixedViolation> violations, String what, String text,
      String source, Format format) {
    Map<String, JsonLocation> where = locations(text, format);
    List<Problem> problems = new ArrayList<>();
    for (PrefixedViolation pv : violations) {
      Violation v = pv.violation();
      String message = v.message() + (v.value() == null ? "" : " (was \"" + v.value() + "\")");
      problems.add(problem(source, where, pv.path(), message));
    }
    problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : a.field().compareTo(b.field()));
    return new LiaisonInputException(problems, null);
  }

  private static Problem problem(String source, Map<String, JsonLocation> where, String path, String message) {
    // the value's own location, else that of the nearest enclosing value that is written
    String p = path;
    JsonLocation loc = where.get(p);
    while (loc == null && !p.isEmpty()) {
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? "" : p.substring(0, cut);
      loc = where.get(p);
    }
    int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    int column = loc == null || line == 0 ? 0 : Math.max(loc.getColumnNr(), 1);
    return new Problem(source, line, column, path, (path.isEmpty() ? "" : "field \"" + path + "\": ") + message);
  }

  /** The location of every value in the document by its path ({@code from[0].kind}); empty if it cannot be read. */
  static Map<String, JsonLocation> locations(String text, Format format) {
    Map<String, JsonLocation> where = new HashMap<>();
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (JsonParser p = Mappers.mapper(format).createParser(t)) {
      if (p.nextToken() != null) {
        where.put("", p.currentTokenLocation());
        walk(p, "", where);
      }
    } catch (IOException | RuntimeException e) {
      // the locations are a help only
    }
    return where;
  }

  private static void walk(JsonParser p, String path, Map<String, JsonLocation> where) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String child = path.isEmpty() ? p.currentName() : path + "." + p.currentName();
        where.putIfAbsent(child, p.currentTokenLocation());
        p.nextToken();
        walk(p, child, where);
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String child = path + "[" + i++ + "]";
        where.putIfAbsent(child, p.currentTokenLocation());
        walk(p, child, where);
      }
    }
  }
}
