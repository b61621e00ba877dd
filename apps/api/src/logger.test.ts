import { describe, expect, it } from 'vitest';
import { createLogger, logFormatFor, type LogFormat } from './logger';

// Both formats: what a line says, and that a secret or a query's user data never reaches it.

function captured(format: LogFormat) {
  const chunks: string[] = [];
  const logger = createLogger(
    'info',
    { write: (chunk: string) => void chunks.push(chunk) },
    format,
  );
  return { logger, text: () => chunks.join('') };
}

const SECRET_HEADERS = {
  req: {
    method: 'POST',
    url: '/graphql',
    headers: { authorization: 'Bearer key-bí-mật-123', cookie: 'sid=phiên-bí-mật' },
  },
};

/** What drizzle throws: the SQL and its parameters (user data) around the driver's error. */
function queryFailure(): Error {
  const driver = Object.assign(new Error('duplicate key value violates unique constraint'), {
    code: '23505',
    constraint: 'cadres_code_unique',
    detail: 'Key (code)=(CB-Nguyễn-Văn-Đức) already exists.',
  });
  return Object.assign(new Error('Failed query: insert into cadres … params: Nguyễn Văn Đức'), {
    query: 'insert into cadres (code, name) values ($1, $2)',
    params: ['CB-Nguyễn-Văn-Đức', 'Nguyễn Văn Đức'],
    cause: driver,
  });
}

describe('the logger', () => {
  it.each([
    ['auto', false, 'json'],
    ['auto', true, 'pretty'],
    ['json', true, 'json'],
    ['pretty', false, 'pretty'],
  ] as const)('with LOG_FORMAT=%s and a terminal %s writes %s', (setting, tty, expected) => {
    expect(logFormatFor(setting, tty)).toBe(expected);
  });

  it('writes one JSON object a line when not on a terminal, secrets redacted', () => {
    const { logger, text } = captured('json');
    logger.info(SECRET_HEADERS, 'request received');
    logger.warn({ err: queryFailure() }, 'database fault');
    const lines = text().trim().split('\n');
    expect(lines).toHaveLength(2);
    const [request, fault] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(request).toMatchObject({
      level: 30,
      msg: 'request received',
      service: 'luan-chuyen-api',
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]' } },
    });
    expect(fault).toMatchObject({
      level: 40,
      msg: 'database fault',
      err: { code: '23505', constraint: 'cadres_code_unique' },
    });
    expect(text()).not.toContain('bí-mật');
    expect(text()).not.toContain('Nguyễn Văn Đức');
  });

  it('writes a readable line with the level and the message when pretty, secrets redacted', () => {
    const { logger, text } = captured('pretty');
    logger.info(SECRET_HEADERS, 'request received');
    logger.warn({ err: queryFailure() }, 'database fault');
    const output = text();
    // A time, the level's name and the message on one line, not a JSON object.
    expect(output).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: request received POST \/graphql$/m);
    expect(output).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] WARN: database fault$/m);
    expect(() => JSON.parse(output.split('\n')[0] ?? '')).toThrow();
    expect(output).toContain('[redacted]');
    expect(output).toContain('23505');
    expect(output).not.toContain('bí-mật');
    expect(output).not.toContain('Nguyễn Văn Đức');
    // A request's summary reads as one line.
    logger.info(
      {
        req: { id: 7, method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
        responseTime: 12,
      },
      'request completed',
    );
    expect(text()).toMatch(/INFO: request completed POST \/graphql → 200 \(12 ms\)\n(?! {4}req:)/);
    // No colour codes when writing to something other than a terminal.
    expect(text()).not.toContain('\u001b[');
  });
});
