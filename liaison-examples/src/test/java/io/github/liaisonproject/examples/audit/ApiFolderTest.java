package io.github.liaisonproject.examples.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Known;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Stage;
import io.github.liaisonproject.model.io.LiaisonInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a folder of saved API responses, and mapping what each record shows. */
class ApiFolderTest {
  static final Path CORPUS = Path.of("src/test/resources/datatracker-api/corpus");
  static final Path SAMPLE = Path.of("samples/datatracker-api");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static AuditInput read(Path dir) throws LiaisonInputException {
    return AuditInput.read(dir, Optional.empty(), "", TODAY);
  }

  static MappedRecord record(AuditInput in, String id) {
    return in.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  static LiaisonStatement statement(AuditInput in, String id) {
    return record(in, id).statement().orElseThrow();
  }

  @Test
  void theCorpusFolderReadsAsItIsWithTheDuplicateIgnored() throws Exception {
    ApiFolder folder = ApiFolder.read(CORPUS);
    assertThat(folder.duplicates()).isEqualTo(1);
    assertThat(folder.all(ApiRecords.STATEMENT)).hasSize(20);
    AuditInput in = read(CORPUS);
    assertThat(in.records()).hasSize(20).allSatisfy(r -> assertThat(r.statement()).as(r.id()).isPresent());
    assertThat(in.inputIs()).contains("1 duplicate object(s) ignored");
  }

  @Test
  void aRecordWithoutStateIsNotADraft() throws Exception {
    LiaisonStatement s = statement(read(CORPUS), "241");
    assertThat(s.isStageUnknown()).isTrue();
    assertThat(s.getStage()).isEqualTo(Stage.SENT);
    assertThat(s.isRecorded()).isTrue();
    assertThat(record(read(CORPUS), "241").notes()).anyMatch(n -> n.contains("stage unknown"));
  }

  @Test
  void titledAttachmentsWithoutFileNameAreContent() throws Exception {
    LiaisonStatement s = statement(read(CORPUS), "1126");
    assertThat(s.getAttachments()).hasSize(4).allSatisfy(a -> assertThat(a.getUri()).isPresent());
    assertThat(s.getAttachments().get(0).getTitle()).contains("LS368 - pdf body");
    assertThat(s.isContentPresent()).isTrue();
    // the fixture's extra document key is ignored with a note
    assertThat(record(read(CORPUS), "1126").notes()).anyMatch(n -> n.contains("format_shown_on_page"));
  }

  @Test
  void aWgResolvesToItsAreaThroughTheSavedGroups() throws Exception {
    AuditInput in = read(CORPUS);
    assertThat(in.directory().areaOf("ccamp")).map(a -> a.getAcronym()).contains("rtg");
    assertThat(in.directory().areaOf("ippm")).map(a -> a.getAcronym()).contains("wit");
    assertThat(statement(in, "1990").getFrom()).contains(Body.workingGroup("6man"), Body.area("ops"));
    assertThat(statement(in, "2083").getFrom()).containsExactly(Body.organization("Broadband Forum"));
    assertThat(statement(in, "1578").getTo()).containsExactly(Body.externalGroup("ITU-T", "SG 15 Q6"));
    assertThat(in.directoryIs()).contains("today's");
  }

  @Test
  void anIncomingFromContactIsTheAddressItWasReceivedFrom() throws Exception {
    assertThat(statement(read(CORPUS), "2106").getReceivedFrom()).contains("tsbsg17@itu.int");
    // the pre-2025 form: an email URI
    assertThat(statement(read(SAMPLE), "5002").getReceivedFrom()).contains("tsbsg15@example.int");
  }

  @Test
  void namesWithoutAddressAreKeptAsNamesAndAnAbsentBodyIsUnknown() throws Exception {
    LiaisonStatement s = statement(read(CORPUS), "241");
    assertThat(s.getFromContacts()).isEmpty();
    assertThat(s.getFromContactNames()).contains("Adrian Farrel", "Stewart Bryant");
    assertThat(s.getToContactNames()).containsExactly("Greg jones");
    assertThat(s.isBodyUnknown()).isTrue();
    assertThat(statement(read(SAMPLE), "5001").isBodyUnknown()).isFalse();
  }

  @Test
  void approvalIsWhatTheEventsShow() throws Exception {
    AuditInput in = read(SAMPLE);
    var approved = statement(in, "5001").getRecordedApproval().orElseThrow();
    assertThat(approved.getApproved()).isEqualTo(Known.YES);
    assertThat(approved.getBy()).contains("Alice Operand");
    assertThat(approved.getByAddress()).contains("alice.operand@example.org");
    assertThat(approved.getOn()).contains(LocalDate.of(2025, 3, 3));
    // (System): approved, approver unknown, not missing
    var system = statement(in, "5003").getRecordedApproval().orElseThrow();
    assertThat(system.getApproved()).isEqualTo(Known.YES);
    assertThat(system.getBy()).isEmpty();
    assertThat(record(in, "5003").notes()).anyMatch(n -> n.contains("(System)"));
    // posted without an approved event: approved per its state, approver unknown
    var posted = statement(read(CORPUS), "1990").getRecordedApproval().orElseThrow();
    assertThat(posted.getApproved()).isEqualTo(Known.YES);
    assertThat(posted.getBy()).isEmpty();
    assertThat(statement(in, "5001").getSent()).contains(LocalDate.of(2025, 3, 3));
  }

  @Test
  void theSampleShowsRemovedAttachmentsDeadStatementsAndUnknownKeys() throws Exception {
    AuditInput in = read(SAMPLE);
    assertThat(statement(in, "5001").getAttachments()).hasSize(1);
    assertThat(statement(in, "5001").getAttachments().get(0).getFileName()).isPresent();
    assertThat(record(in, "5001").notes()).anyMatch(n -> n.contains("some_future_key"))
        .anyMatch(n -> n.contains("was removed"));
    assertThat(statement(in, "5004").getStage()).isEqualTo(Stage.WITHDRAWN);
    assertThat(statement(in, "5003").getRespondsTo()).containsExactly("5002");
    assertThat(statement(in, "5002").getReceived()).contains(LocalDate.of(2025, 4, 1));
    assertThat(in.directory().directorsOf("ops")).extracting(p -> p.getAddress()).containsExactly("alice.operand@example.org");
    assertThat(in.directory().workingGroup("netmod").orElseThrow().getChairs()).hasSize(1);
    assertThat(in.directory().getIetfChair()).isPresent();
    assertThat(in.directory().getRelationships()).hasSize(1);
    assertThat(in.directoryIs()).contains("4 roles").contains("today's roles");
  }

  @Test
  void aReplyNotSavedStillShowsTheOriginatorWasInformed() throws Exception {
    LiaisonStatement s = statement(read(CORPUS), "1604");
    assertThat(s.getFollowUp().getOriginatorInformed()).isEqualTo(Known.YES);
  }

  @Test
  void malformedFilesNameFileAndField(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("page.json");
    Files.writeString(f, "{\"meta\": {}, \"objects\": {}}");
    assertThatThrownBy(() -> ApiFolder.read(dir)).isInstanceOf(LiaisonInputException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining("objects");
    Files.writeString(f, "{\"objects\": [{\"id\": 1}]}");
    assertThatThrownBy(() -> ApiFolder.read(dir)).hasMessageContaining("objects[0].resource_uri");
    Files.writeString(f, "{\"objects\": [{\"resource_uri\": \"/liaison/1/\"}]}");
    assertThatThrownBy(() -> ApiFolder.read(dir)).hasMessageContaining("is not an API path");
    Files.writeString(f, "{\"objects\": [\n{\"resource_uri\": }]}");
    assertThatThrownBy(() -> ApiFolder.read(dir)).hasMessageContaining(f + ":2:");
    Files.writeString(f, "[{\"id\": 1}]");
    assertThatThrownBy(() -> ApiFolder.read(dir)).hasMessageContaining("older record shape");
    Files.delete(f);
    assertThatThrownBy(() -> ApiFolder.read(dir)).hasMessageContaining("datatracker fetch");
  }

  @Test
  void aReferenceToAnObjectNotSavedIsANoteNotAFailure(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("s.json"), "{\"id\": 7, \"resource_uri\": \"/api/v1/liaisons/liaisonstatement/7/\","
        + " \"title\": \"T\", \"from_groups\": [\"/api/v1/group/group/99/\"], \"to_groups\": [],"
        + " \"attachments\": [\"/api/v1/doc/document/gone/\"], \"state\": \"/api/v1/name/liaisonstatementstate/posted/\","
        + " \"purpose\": \"/api/v1/name/liaisonstatementpurposename/info/\", \"body\": \"\"}");
    MappedRecord r = read(dir).records().get(0);
    assertThat(r.statement()).isPresent();
    assertThat(r.notes()).anyMatch(n -> n.contains("group /api/v1/group/group/99/ is not saved"))
        .anyMatch(n -> n.contains("document /api/v1/doc/document/gone/ is not saved"));
    assertThat(r.statement().get().getAttachments()).hasSize(1);
  }

  @Test
  void referencesNormalise() {
    assertThat(ApiFolder.normalise("https://datatracker.ietf.org/api/v1/group/group/941?format=json"))
        .contains("/api/v1/group/group/941/");
    assertThat(ApiFolder.keyOf("/api/v1/person/email/a%40b.org/")).contains("a@b.org");
    assertThat(ApiFolder.normalise("/api/v1/group/")).isEmpty();
    assertThat(Map.of()).isEmpty();
  }
}
