import type { Response } from 'express';

/** Every non-GraphQL error response has this one shape: `{ error: { code, message } }`. */
export function sendError(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ error: { code, message } });
}
