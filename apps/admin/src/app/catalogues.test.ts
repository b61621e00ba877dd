import { describe, expect, it } from 'vitest';
import { catalogues } from './i18n-resources';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keys(inner, prefix ? `${prefix}.${key}` : key),
  );
}

// i18next plural forms (`_one`, `_other`…) follow each language's rules: Vietnamese has only
// `_other`, English `_one` and `_other`. They count as one key.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function messageKeys(value: unknown): string[] {
  return [...new Set(keys(value).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

describe('the catalogues', () => {
  it.each(catalogues.map((catalogue, index) => [index, catalogue] as const))(
    'catalogue %i has the same keys in Vietnamese and English',
    (_index, catalogue) => {
      expect(messageKeys(catalogue.en)).toEqual(messageKeys(catalogue.vi));
    },
  );

  it('writes Vietnamese in Unicode NFC, so search and sorting see one form of each letter', () => {
    for (const text of catalogues.flatMap((catalogue) => strings(catalogue.vi))) {
      expect(text).toBe(text.normalize('NFC'));
    }
  });

  it('gives no two parts the same top-level key', () => {
    const tops = catalogues.flatMap((catalogue) => Object.keys(catalogue.vi));
    expect(new Set(tops).size).toBe(tops.length);
  });
});
