package io.github.liaisonproject.examples.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.model.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an audit reads: the mapped records, the directory it assesses them against and where that
 * directory comes from. Two inputs: a folder of saved Datatracker API responses (what
 * {@code liaison datatracker fetch} writes), or a file holding a JSON array of records in the
 * simple shape of spec/datatracker-record.md.
 *
 * @param records     the mapped records, in order
 * @param directory   the directory they are assessed against
 * @param directoryIs one line saying where the directory comes from
 * @param inputIs     one line saying what was read
 */
public record AuditInput(List<MappedRecord> records, Directory directory, String directoryIs, String inputIs) {

  /**
   * Reads a folder or a file.
   *
   * @param given     a directory file's contents and name, or empty: for a folder, the directory
   *                  is then built from its saved groups and roles; for a file, the bundled sample
   *                  directory (fictional people) is used, and said so
   * @param today     the as-of day for a record without dates
   */
  public static AuditInput read(Path input, Optional<Directory> given, String givenName, LocalDate today)
      throws LiaisonInputException {
    if (Files.isDirectory(input)) {
      ApiFolder folder = ApiFolder.read(input);
      List<JsonNode> raw = ApiRecords.records(folder);
      ApiDirectory fromFolder = ApiDirectory.build(folder, java.util.Map.of(), java.util.Map.of());
      DatatrackerMapper mapper = new DatatrackerMapper(given.orElse(fromFolder.directory()), today);
      List<MappedRecord> records = mapper.mapAll(raw);
      ApiDirectory directory = given.isPresent()
          ? ApiDirectory.given(given.get(), givenName, mapper.workingGroupAreas(), mapper.areaNames())
          : ApiDirectory.build(folder, mapper.workingGroupAreas(), mapper.areaNames());
      String inputIs = "API responses: " + folder.files() + " file(s), " + folder.all(ApiRecords.STATEMENT).size()
          + " statement(s)" + (folder.duplicates() == 0 ? "" : ", " + folder.duplicates() + " duplicate object(s) ignored");
      return new AuditInput(records, directory.directory(), directory.describe(), inputIs);
    }
    List<JsonNode> raw = DatatrackerRecords.read(input);
    Directory base = given.orElseGet(Samples::directory);
    DatatrackerMapper mapper = new DatatrackerMapper(base, today);
    List<MappedRecord> records = mapper.mapAll(raw);
    ApiDirectory directory = ApiDirectory.given(base, given.isPresent() ? givenName
        : "the bundled SAMPLE directory (fictional people; give --directory FILE for real roles)",
        mapper.workingGroupAreas(), mapper.areaNames());
    return new AuditInput(records, directory.directory(), directory.describe(), "a JSON array of " + raw.size()
        + " record(s) in the simple record shape");
  }
}
