package io.github.liaisonproject.model.samples;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.io.Format;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.model.io.LiaisonInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample files bundled with the model, for examples, tests and first experiments: a
 * fictional IETF directory ({@code samples/directory.yaml}) and statements
 * ({@code samples/statement-<name>.yaml}). The people and personal addresses are invented.
 */
public final class Samples {
  private Samples() {}

  private static final String ROOT = "/io/github/liaisonproject/model/samples/";

  /**
   * {@return the sample directory, read anew on each call: areas ops, rtg, sec, wit; WGs netconf, netmod,
   * ccamp, teas, lamps, quic; RG cfrg}
   */
  public static Directory directory() {
    try {
      return LiaisonFiles.readDirectory(text("directory.yaml"), "samples/directory.yaml", Format.YAML);
    } catch (LiaisonInputException e) {
      throw new IllegalStateException("the bundled sample is broken: " + e.getMessage(), e);
    }
  }

  /**
   * A sample statement by name: {@code "outgoing"} reads {@code samples/statement-outgoing.yaml}.
   *
   * @param name the sample's name; not null
   * @return the statement, read anew on each call
   * @throws IllegalArgumentException when there is no such sample
   */
  public static LiaisonStatement statement(String name) {
    String file = "statement-" + name + ".yaml";
    try {
      return LiaisonFiles.readStatement(text(file), "samples/" + file, Format.YAML);
    } catch (LiaisonInputException e) {
      throw new IllegalStateException("the bundled sample is broken: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the text of a bundled sample file}
   * @param fileName the file's name in the samples folder ("directory.yaml"); not null
   * @throws IllegalArgumentException when there is no such file
   */
  public static String text(String fileName) {
    try (InputStream in = Samples.class.getResourceAsStream(ROOT + fileName)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample \"" + fileName + "\"; there are directory.yaml and statement-outgoing.yaml");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
