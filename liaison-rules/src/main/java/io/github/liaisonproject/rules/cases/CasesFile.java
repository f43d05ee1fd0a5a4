package io.github.liaisonproject.rules.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A cases file ({@code content.cases.yaml}), as read from it.
 *
 * @param directory the directory file the cases use, as a path relative to the cases file; null for {@code
 *     directory.yaml}
 * @param asOf the default as-of date of its cases; null for 2026-06-01
 * @param cases the cases, in file order; not null in a file that was read
 */
public record CasesFile(
    @JsonProperty("directory") String directory,
    @JsonProperty("asOf") LocalDate asOf,
    @JsonProperty(value = "cases", required = true) List<Case> cases) {}
