package io.github.liaisonproject.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.liaisonproject.examples.audit.Audit;
import io.github.liaisonproject.examples.audit.DatatrackerMapper;
import io.github.liaisonproject.examples.audit.DatatrackerRecords;
import io.github.liaisonproject.examples.audit.MappedRecord;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Maps the bundled Datatracker-shaped sample records onto the model and assesses them together. */
public final class BulkAudit {
  private BulkAudit() {}

  public static void main(String[] args) throws IOException, LiaisonInputException {
    String text;
    try (InputStream in = BulkAudit.class.getResourceAsStream("samples/datatracker-sample.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<JsonNode> records = DatatrackerRecords.read(text, "datatracker-sample.json");
    Directory directory = Samples.directory();
    List<MappedRecord> mapped = new DatatrackerMapper(directory, LocalDate.of(2026, 1, 1)).mapAll(records);
    List<Audit.Entry> entries = Audit.run(mapped, LiaisonRules.standard(), directory, LocalDate.of(2026, 1, 1));
    System.out.println(entries.size() + " records, " + entries.stream().filter(e -> e.assessment().isEmpty()).count()
        + " not mapped");
    for (Audit.Entry e : entries) {
      System.out.println(e.record().id() + " " + (e.assessment().isEmpty() ? "not mapped: " + e.failure().orElse("")
          : e.verdict() + ", " + e.count(Severity.ERROR) + " error(s), " + e.record().notes().size() + " note(s)"));
    }
  }
}
