import { Router, type Request, type Response } from 'express';
import { stringifySetCookie } from 'cookie';
import { z } from 'zod';
import type { Database } from '@luanchuyen/db';
import { SESSION_COOKIE, identify } from '../auth/identify';
import { createLoginThrottle } from '../auth/login-throttle';
import { closeSession, openSession } from '../auth/sessions';
import { verifyCredentials } from '../auth/users';
import { systemClock, type Clock } from '../clock';
import type { Config } from '../config';
import { languageOf, t } from '../i18n/messages';
import { sendError } from './send-error';

const credentials = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

function isSecure(request: Request, setting: Config['cookieSecure']): boolean {
  return setting === 'auto' ? request.secure : setting;
}

/** POST /auth/login and /auth/logout (API.md): an httpOnly, SameSite session cookie. */
export function authRoutes(db: Database, config: Config, clock: Clock = systemClock): Router {
  const router = Router();
  const throttle = createLoginThrottle(db, config.login);

  router.post('/login', async (request: Request, response: Response) => {
    const language = languageOf(request.headers['accept-language']);
    if (!request.is('application/json')) {
      return sendError(response, 415, 'UNSUPPORTED_MEDIA_TYPE', t(language, 'jsonRequired'));
    }
    const body = credentials.safeParse(request.body);
    const username = body.success ? body.data.username : '';
    const address = request.ip ?? request.socket.remoteAddress ?? '';
    // Counted before the password is checked, so guesses sent at once cannot pass the limit
    // and a blocked pair learns nothing from further tries.
    const wait = await throttle.admit(username, address);
    if (wait > 0) {
      response.setHeader('Retry-After', String(wait));
      return sendError(response, 429, 'TOO_MANY_ATTEMPTS', t(language, 'tooManyAttempts'));
    }
    // Malformed credentials get the same answer as wrong ones: no hint which part was wrong.
    const user = body.success
      ? await verifyCredentials(db, body.data.username, body.data.password)
      : null;
    if (!user) {
      await throttle.failed(username, address);
      return sendError(response, 401, 'INVALID_CREDENTIALS', t(language, 'invalidCredentials'));
    }
    await throttle.succeeded(username, address);
    const now = clock.now();
    const session = await openSession(db, user, config.sessionTtlMs, now);
    response.setHeader(
      'Set-Cookie',
      stringifySetCookie({
        name: SESSION_COOKIE,
        value: session.token,
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecure(request, config.cookieSecure),
        path: '/',
        expires: session.expiresAt,
      }),
    );
    response.json({ user: { username: user.username, role: user.role } });
  });

  router.post('/logout', async (request: Request, response: Response) => {
    const language = languageOf(request.headers['accept-language']);
    const principal = await identify(db, request, clock.now());
    const closed = principal?.kind === 'user' && (await closeSession(db, principal));
    // The cookie is cleared either way, so a browser holding a dead cookie is cleaned up too.
    response.setHeader(
      'Set-Cookie',
      stringifySetCookie({
        name: SESSION_COOKIE,
        value: '',
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        maxAge: 0,
      }),
    );
    if (!closed) return sendError(response, 401, 'NO_SESSION', t(language, 'notSignedIn'));
    response.status(204).end();
  });

  return router;
}
