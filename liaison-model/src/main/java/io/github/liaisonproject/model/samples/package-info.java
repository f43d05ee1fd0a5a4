/**
 * The bundled sample files ({@link io.github.liaisonproject.model.samples.Samples}): a fictional
 * directory of IETF roles and sample statements, read from the class path, for examples and
 * tests. The values returned are immutable.
 */
package io.github.liaisonproject.model.samples;
