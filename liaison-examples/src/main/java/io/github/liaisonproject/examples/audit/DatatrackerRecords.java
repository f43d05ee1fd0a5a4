package io.github.liaisonproject.examples.audit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.model.io.LiaisonInputException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a file of Datatracker-shaped records: a JSON array of objects. */
public final class DatatrackerRecords {
  private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private DatatrackerRecords() {}

  public static List<JsonNode> read(Path file) throws LiaisonInputException {
    String text;
    try {
      text = io.github.liaisonproject.model.io.SafeFiles.readText(file);
    } catch (IOException e) {
      throw new LiaisonInputException(new Problem(file.toString(), 0, 0, "", "cannot read the file ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"), e);
    }
    return read(text, file.toString());
  }

  public static List<JsonNode> read(String text, String source) throws LiaisonInputException {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.isBlank()) {
      throw new LiaisonInputException(new Problem(source, 1, 1, "", "the file is empty; it must hold a JSON array of records"), null);
    }
    JsonNode root;
    try {
      root = JSON.readTree(t);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new LiaisonInputException(new Problem(source, loc == null ? 0 : Math.max(loc.getLineNr(), 0),
          loc == null ? 0 : Math.max(loc.getColumnNr(), 0), "", "not valid JSON: " + e.getOriginalMessage()), e);
    }
    if (root == null || !root.isArray()) {
      throw new LiaisonInputException(new Problem(source, 1, 1, "", "the file must hold a JSON array of records "
          + "([{...}, ...]), not " + (root == null ? "nothing" : "a " + root.getNodeType().toString().toLowerCase())),
          null);
    }
    List<JsonNode> records = new ArrayList<>();
    root.forEach(records::add);
    return records;
  }
}
