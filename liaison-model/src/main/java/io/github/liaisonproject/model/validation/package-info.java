/**
 * Validation of statements and directories. {@link
 * io.github.liaisonproject.model.validation.StatementValidator#shared()} is thread-safe and
 * returns every violation with its property path: the default group is what cannot be processed
 * safely (malformed addresses, line breaks in names), {@link
 * io.github.liaisonproject.model.validation.Completeness} mirrors the procedure's must-haves.
 * Violations are immutable values; arguments must not be null.
 */
package io.github.liaisonproject.model.validation;
