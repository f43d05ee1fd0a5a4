package io.github.liaisonproject.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.liaisonproject.model.io.Suggestions;
import io.github.liaisonproject.rules.AuthorFolder;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleProblem;
import io.github.liaisonproject.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an author folder's {@code settings.yaml} before anything compiles: unknown keys, rule IDs
 * that no rule of the folder's rule set has, severities that are not ERROR, WARNING or INFO, a bad
 * {@code dueSoonDays}; each as {@code file:line:column: message} with the nearest valid name. The
 * rule IDs are read from the rule files' {@code @id("...")}: the bundled files, less those the
 * folder replaces, plus the folder's own.
 */
final class SettingsCheck {
  private SettingsCheck() {}

  static final List<String> KEYS = List.of("disable", "severity", "dueSoonDays");
  private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");
  private static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Enum::name).toList();

  /** The problems of the folder's settings file; none when it has none. */
  static List<RuleProblem> check(Path folder) {
    Path settings = folder.resolve(AuthorFolder.SETTINGS);
    if (!Files.isRegularFile(settings)) {
      return List.of();
    }
    return check(settings, Inputs.read(settings), ruleIds(folder));
  }

  /** The rule IDs of the rule set the folder makes: bundled files it does not replace, and its own. */
  static Set<String> ruleIds(Path folder) {
    Map<String, String> files = new LinkedHashMap<>();
    for (String concern : LiaisonRules.CONCERNS) {
      files.put(concern + ".drl", bundled(concern + ".drl"));
    }
    for (Path drl : Inputs.filesEndingWith(folder, ".drl")) {
      files.put(drl.getFileName().toString(), Inputs.read(drl));
    }
    Set<String> ids = new TreeSet<>();
    for (String text : files.values()) {
      Matcher m = ID.matcher(text);
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  static String bundled(String name) {
    try (InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<RuleProblem> check(Path file, String text, Set<String> knownIds) {
    List<RuleProblem> problems = new ArrayList<>();
    String where = file.toString();
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return problems; // an empty file changes nothing
      }
      if (t != JsonToken.START_OBJECT) {
        problems.add(at(where, p, "settings must be a map, e.g. disable: [APPROVAL-MULTIPLE-GROUPS] and "
            + "severity: {CONTENT-SUBJECT-MISSING: WARNING}"));
        return problems;
      }
      Set<String> seen = new HashSet<>();
      Set<String> disabled = new HashSet<>();
      Map<String, JsonLocation> severityIds = new LinkedHashMap<>();
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation keyAt = p.currentTokenLocation();
        if (!seen.add(key)) {
          problems.add(at(where, keyAt, "\"" + key + "\" is given twice; give each setting once"));
        }
        t = p.nextToken();
        switch (key) {
          case "disable" -> {
            if (t != JsonToken.START_ARRAY) {
              problems.add(at(where, p, "disable must be a list of rule IDs, e.g. disable: [APPROVAL-MULTIPLE-GROUPS]"));
              p.skipChildren();
              break;
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              if (t != JsonToken.VALUE_STRING) {
                problems.add(at(where, p, "disable lists rule IDs (text), e.g. APPROVAL-MULTIPLE-GROUPS"));
                p.skipChildren();
                continue;
              }
              String id = p.getText();
              unknownId(where, p.currentTokenLocation(), id, knownIds).ifPresent(problems::add);
              disabled.add(id);
            }
          }
          case "severity" -> {
            if (t != JsonToken.START_OBJECT) {
              problems.add(at(where, p, "severity must map rule IDs to ERROR, WARNING or INFO, e.g. "
                  + "severity: {CONTENT-SUBJECT-MISSING: WARNING}"));
              p.skipChildren();
              break;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String id = p.currentName();
              JsonLocation idAt = p.currentTokenLocation();
              unknownId(where, idAt, id, knownIds).ifPresent(problems::add);
              severityIds.put(id, idAt);
              t = p.nextToken();
              String value = t.isScalarValue() ? p.getText() : null;
              if (value == null || !SEVERITIES.contains(value.trim().toUpperCase(java.util.Locale.ROOT))) {
                problems.add(at(where, p, "severity " + (value == null ? "of " + id + " must be one word"
                    : "\"" + value + "\" of " + id + " is not ERROR, WARNING or INFO")
                    + (value == null ? "" : nearest(value.trim().toUpperCase(java.util.Locale.ROOT), SEVERITIES))));
                p.skipChildren();
              }
            }
          }
          case "dueSoonDays" -> {
            if (t != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0 || p.getLongValue() > 3650) {
              problems.add(at(where, p, "dueSoonDays must be a whole number of days from 0 to 3650, e.g. dueSoonDays: 21"));
            }
            p.skipChildren();
          }
          default -> {
            problems.add(at(where, keyAt, "unknown setting \"" + key + "\"" + nearest(key, KEYS)
                + " (the settings are disable, severity and dueSoonDays)"));
            p.skipChildren();
          }
        }
      }
      severityIds.forEach((id, idAt) -> {
        if (disabled.contains(id)) {
          problems.add(at(where, idAt, id + " is both disabled and given a severity; keep one of the two"));
        }
      });
    } catch (JsonProcessingException e) {
      problems.add(at(where, e.getLocation(), "not valid YAML: " + e.getOriginalMessage()));
    } catch (IOException e) {
      problems.add(new RuleProblem(where, 0, 0, "cannot read: " + e.getMessage()));
    }
    return problems;
  }

  private static java.util.Optional<RuleProblem> unknownId(String where, JsonLocation at, String id, Set<String> known) {
    if (known.contains(id)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(at(where, at, "unknown rule ID \"" + id + "\"" + nearest(id, known)
        + " ('liaison rules --rules DIR' lists the IDs)"));
  }

  private static String nearest(String wrong, java.util.Collection<String> known) {
    return Suggestions.nearest(wrong, known).map(s -> "; did you mean \"" + s + "\"?").orElse("");
  }

  private static RuleProblem at(String file, JsonParser p, String message) {
    return at(file, p.currentTokenLocation(), message);
  }

  private static RuleProblem at(String file, JsonLocation l, String message) {
    return l == null ? new RuleProblem(file, 0, 0, message)
        : new RuleProblem(file, Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0), message);
  }
}
