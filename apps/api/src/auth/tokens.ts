import { createHash, randomBytes } from 'node:crypto';

// Session tokens and API key secrets are 256-bit random values. Only their SHA-256 is stored:
// a leaked database gives no usable credential, and a fast hash suffices for random secrets.

export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
