import { pino, type DestinationStream, type Logger } from 'pino';
import { serializeError } from './error-serializer';

/**
 * Structured JSON logs on stdout (or `destination`, for tests); secrets never reach them, and
 * database errors are logged by SQLSTATE without their SQL or user data (error-serializer.ts).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'luan-chuyen-api' },
    serializers: { err: serializeError },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
