// Opaque global ids (API.md, "every main object implements Node"): the type name and the row
// id, base64url-encoded so clients treat them as opaque and cannot forge another type's id.

export type GlobalIdParts = { type: string; id: string };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeGlobalId(type: string, id: string): string {
  return toBase64Url(`${type}:${id}`);
}

/** The parts of a global id, or null when the text is not one. */
export function decodeGlobalId(globalId: string): GlobalIdParts | null {
  if (globalId.length > 200) return null;
  const text = fromBase64Url(globalId);
  const separator = text?.indexOf(':') ?? -1;
  if (!text || separator <= 0 || separator === text.length - 1) return null;
  return { type: text.slice(0, separator), id: text.slice(separator + 1) };
}
