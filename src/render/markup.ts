/**
 * Text made safe for XML and HTML: whatever a program's strings, names or panic messages hold
 * (`<script>`, `]]>`, `</svg>`, `{{#include}}`), written out it is text and never markup.
 */

/** Braces too: `{{#include}}` must not reach mdBook's `links` preprocessor, whatever the order. */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '{': '&#123;', '}': '&#125;' };

/**
 * Characters XML 1.0 cannot carry at all (controls other than tab and newline, lone surrogates,
 * U+FFFE and U+FFFF): a program's `"\0"` would make the document invalid, so it shows as
 * Rust writes it, `\u{0}`.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` as the content of an element or a quoted attribute. */
export function escapeMarkup(text: string): string {
  return text.replace(NOT_XML, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`).replace(/[&<>"'{}]/g, (ch) => ENTITIES[ch]!);
}

/**
 * `value` as JSON inside an HTML `<script type="application/json">`: `<` is written `\u003c`, so
 * no string in it can close the script element or open a comment, and the JSON reads the same.
 * U+2028 and U+2029 are escaped too, for pages that evaluate it as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  // JSON's own syntax never puts two braces side by side: `{{` is inside a string.
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\{(?=\{)/g, '\\u007b').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
