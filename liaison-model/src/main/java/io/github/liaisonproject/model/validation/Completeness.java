package io.github.liaisonproject.model.validation;

/**
 * Validation group for what the procedure requires a statement to contain (§2.1–§2.3): From,
 * From-Contact, To, purpose, a single-line subject, body or attachment. The rule set reports the
 * same gaps as findings with their rule IDs; this group serves forms that check field by field.
 * The default group, by contrast, rejects what cannot be processed safely at all.
 */
public interface Completeness {}
