import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { expect } from 'vitest';

/** Characters XML 1.0 does not allow anywhere in a document. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Parses `text` as XML, failing on any error (not only fatal ones). */
export function parseXml(text: string, mime: 'image/svg+xml' | 'text/xml' = 'image/svg+xml'): Document {
  expect(text).not.toMatch(NOT_XML);
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, mime);
}

export function all(doc: Document | Element, tag: string): Element[] {
  return Array.from(doc.getElementsByTagName(tag)) as Element[];
}

