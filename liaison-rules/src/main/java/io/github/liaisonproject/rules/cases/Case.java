package io.github.liaisonproject.rules.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.liaisonproject.model.LiaisonStatement;
import java.time.LocalDate;
import java.util.List;

/** One case: a one-sentence description, a statement, its related statements, and what it must produce. */
public record Case(
    @JsonProperty(value = "description", required = true) String description,
    @JsonProperty("asOf") LocalDate asOf,
    @JsonProperty(value = "statement", required = true) LiaisonStatement statement,
    @JsonProperty("related") List<LiaisonStatement> related,
    @JsonProperty(value = "expect", required = true) Expectation expect) {}
