/**
 * Reading and writing statements, statement lists and directories as JSON or YAML
 * ({@link io.github.liaisonproject.model.io.LiaisonFiles}). Reading is strict and bounded (size,
 * nesting and text-length limits, no YAML aliases, unknown or duplicate fields refused); every
 * problem is one checked {@link io.github.liaisonproject.model.io.LiaisonInputException} naming
 * file, line, column, field and the fix. The methods are static and may be called from any
 * thread; arguments must not be null.
 */
package io.github.liaisonproject.model.io;
