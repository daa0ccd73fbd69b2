/**
 * Verbatim's public API: build one {@link dev.verbatim.QuoteAttributor}, share it, and call
 * {@link dev.verbatim.QuoteAttributor#attribute(String)} on each document.
 *
 * <p>Every type in this package is immutable and thread-safe. Nothing here returns {@code null}
 * unless its javadoc says the value may be absent; such accessors are annotated {@code @Nullable}.
 * Every offset is a half-open {@code [start, end)} UTF-16 index into the caller's string.
 */
@NullMarked
package dev.verbatim;

import org.jspecify.annotations.NullMarked;
