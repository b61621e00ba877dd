// Content-Disposition for a paper (RFC 6266): the Vietnamese name in filename* (RFC 5987,
// UTF-8 percent-encoded) for browsers, and an ASCII name in filename for older clients and
// scripts (curl -OJ) that read only that one.

function rfc5987(text: string): string {
  return encodeURIComponent(text.normalize('NFC')).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Letters and digits only, diacritics dropped (đ → d), anything else a hyphen. */
export function asciiFileName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function attachmentDisposition(fileName: string, asciiName: string): string {
  return `attachment; filename="${asciiFileName(asciiName)}"; filename*=UTF-8''${rfc5987(fileName)}`;
}
