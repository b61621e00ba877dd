import type { Response } from 'express';

/** The code of the error answered, on `response.locals`, for the error metrics. */
export const ERROR_CODE = 'errorCode';

/** Every non-GraphQL error response has this one shape: `{ error: { code, message } }`. */
export function sendError(response: Response, status: number, code: string, message: string): void {
  response.locals[ERROR_CODE] = code;
  response.status(status).json({ error: { code, message } });
}
