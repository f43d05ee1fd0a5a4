/**
 * Generators for property-based tests of code that embeds Liaison (artifact
 * {@code io.github.liaisonproject:liaison-testing}, scope test).
 *
 * <ul>
 *   <li>{@link io.github.liaisonproject.model.testing.StatementGenerators}: directories and
 *       statements over the whole model, valid, malformed and header-hostile.
 *   <li>{@link io.github.liaisonproject.model.testing.CommonStatements}: pre-filtered
 *       statements for the common cases (outgoing ready to send, several groups, incoming For
 *       Action, replies).
 *   <li>{@link io.github.liaisonproject.model.testing.FileMutations}: broken and hostile
 *       statement and directory files, for fuzzing readers.
 *   <li>{@link io.github.liaisonproject.model.testing.Gens}: adapters to QuickTheories, an
 *       optional dependency the test adds itself.
 * </ul>
 *
 * <p>Every generator is a {@code Function<Random, T>}: deterministic for a given {@link
 * java.util.Random}, without state of its own (safe to share between threads, each with its own
 * {@code Random}), returning immutable model values, never null. Arguments must not be null.
 */
package io.github.liaisonproject.model.testing;
