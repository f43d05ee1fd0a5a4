package io.github.liaisonproject.rules.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.liaisonproject.model.LiaisonStatement;
import java.time.LocalDate;
import java.util.List;

/**
 * One case of a cases file, as read from it.
 *
 * @param description what the case shows, in one sentence; not null in a file that was read
 * @param asOf the day the case treats as today; null to use the file's
 * @param statement the statement assessed; not null in a file that was read
 * @param related the related statements (originals, replies); null for none
 * @param expect what the assessment must produce; not null in a file that was read
 */
public record Case(
    @JsonProperty(value = "description", required = true) String description,
    @JsonProperty("asOf") LocalDate asOf,
    @JsonProperty(value = "statement", required = true) LiaisonStatement statement,
    @JsonProperty("related") List<LiaisonStatement> related,
    @JsonProperty(value = "expect", required = true) Expectation expect) {}
