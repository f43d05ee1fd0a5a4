package io.github.liaisonproject.rules.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A cases file ({@code content.cases.yaml}): the directory the cases use (a path relative to the
 * file), the default as-of date, and the cases.
 */
public record CasesFile(
    @JsonProperty("directory") String directory,
    @JsonProperty("asOf") LocalDate asOf,
    @JsonProperty(value = "cases", required = true) List<Case> cases) {}
