package io.github.liaisonproject.examples.audit;

import io.github.liaisonproject.model.LiaisonStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One Datatracker record mapped onto the model: the statement (empty when the record cannot be
 * mapped at all, with the reason), the record's own date ({@code asOf}: submitted, else posted,
 * else the mapper's fallback day; the audit itself assesses every record as of one day), and notes
 * on what the mapping changed or dropped.
 *
 * @param index  the record's position in the file, from 0
 * @param id     the record's id, or "#n" (its position from 1) when it has none
 * @param title  the record's title, or ""
 */
public record MappedRecord(int index, String id, String title, Optional<LiaisonStatement> statement, LocalDate asOf,
    List<String> notes, Optional<String> unmappable) {
  public MappedRecord {
    notes = List.copyOf(notes);
  }

  static MappedRecord unmappable(int index, String id, String title, LocalDate asOf, List<String> notes, String reason) {
    return new MappedRecord(index, id, title, Optional.empty(), asOf, notes, Optional.of(reason));
  }
}
