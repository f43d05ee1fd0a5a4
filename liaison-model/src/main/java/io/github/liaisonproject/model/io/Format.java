package io.github.liaisonproject.model.io;

import java.nio.file.Path;
import java.util.Locale;

/** The two file formats statements and directories are written in. */
public enum Format {
  /** JSON ({@code .json}). */
  JSON,
  /** YAML 1.1 ({@code .yaml}, {@code .yml}), read without aliases. */
  YAML;

  /**
   * The format a file name's extension says: {@code .json} is JSON; {@code .yaml} and {@code .yml}
   * are YAML (ignoring case).
   *
   * @param path the file; not null (only its name is read)
   * @return the format, never null
   * @throws IllegalArgumentException for any other extension, naming the accepted ones
   */
  public static Format of(Path path) {
    Path name = path.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return JSON;
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return YAML;
    }
    throw new IllegalArgumentException("cannot tell the format of \"" + path
        + "\"; name it .json, .yaml or .yml");
  }
}
