/** Internal: compiling rule files with Drools and running assessments. Not API; may change. */
package io.github.liaisonproject.rules.engine;
