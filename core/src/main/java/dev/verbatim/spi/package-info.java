/**
 * The service interface between the engine in {@code core} and the attribution rules that a language
 * module provides. Exported only to {@code dev.verbatim.rules}; not part of the public API.
 */
@NullMarked
package dev.verbatim.spi;

import org.jspecify.annotations.NullMarked;
