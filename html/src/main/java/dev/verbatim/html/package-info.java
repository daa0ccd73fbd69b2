/**
 * Article HTML in: {@link dev.verbatim.html.HtmlDocument} extracts the readable text for the engine and
 * maps every offset back to the HTML source.
 */
package dev.verbatim.html;
