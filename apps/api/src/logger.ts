import { pino, type DestinationStream, type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';
import { serializeError } from './error-serializer';

/** How log lines are written: JSON for machines, one readable coloured line for a person. */
export type LogFormat = 'json' | 'pretty';

/**
 * LOG_FORMAT=auto is pretty only when stdout is a terminal: a pipe, a file or a log collector
 * (and the tests, which parse the lines) always get JSON.
 */
export function logFormatFor(setting: 'auto' | LogFormat, stdoutIsTty: boolean): LogFormat {
  if (setting !== 'auto') return setting;
  return stdoutIsTty ? 'pretty' : 'json';
}

/**
 * Logs on stdout (or `destination`, for tests); secrets never reach them, and database errors
 * are logged by SQLSTATE without their SQL or user data (error-serializer.ts). Both formats go
 * through the same serializers and redaction: pretty only changes how a line is printed.
 */
export function createLogger(
  level: string,
  destination?: DestinationStream,
  format: LogFormat = 'json',
): Logger {
  const options = {
    level,
    base: { service: 'luan-chuyen-api' },
    serializers: { err: serializeError },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  };
  if (format === 'pretty') return pino(options, prettyStream(destination));
  return destination ? pino(options, destination) : pino(options);
}

// pino-pretty's formatter called in this thread, not a worker transport: the bundled server
// (tools/build-api.mjs) keeps npm packages external, and a transport's worker would have to
// find pino-pretty by name at run time. Each line is formatted and written synchronously, so a
// fatal line is out before main.ts exits.
function prettyStream(destination: DestinationStream | undefined): DestinationStream {
  const format = prettyFactory({
    colorize: destination === undefined && process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    // A request's line reads "request completed POST /graphql → 200 (12 ms)"; its fields are
    // then not repeated below it.
    messageFormat:
      '{msg}{if req.method} {req.method} {req.url}{end}{if res.statusCode} → {res.statusCode}{end}{if responseTime} ({responseTime} ms){end}',
    ignore: 'pid,hostname,service,responseTime',
    errorLikeObjectKeys: ['err'],
    customPrettifiers: {
      req: beyond(['id', 'method', 'url', 'remoteAddress']),
      res: beyond(['statusCode']),
    },
  });
  const out = destination ?? pino.destination({ dest: 1, sync: true });
  return { write: (line: string) => void out.write(format(line)) };
}

/** What a request's summary holds besides the fields its line already shows; nothing if none. */
function beyond(shown: readonly string[]) {
  // pino-pretty leaves out a key whose prettifier gives undefined.
  return (value: string | object): string => {
    if (typeof value !== 'object' || value === null) return String(value);
    const rest = Object.entries(value).filter(([key]) => !shown.includes(key));
    return (
      rest.length > 0 ? JSON.stringify(Object.fromEntries(rest), null, 2) : undefined
    ) as string;
  };
}
