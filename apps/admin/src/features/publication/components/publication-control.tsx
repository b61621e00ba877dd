import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../lib/format';
import { useSession } from '../../../lib/session';

type Props = {
  /** When it was published (DateTime), or null. */
  publishedAt: string | null;
  /** A rotation under a published plan is public through it, whatever its own state. */
  viaPlan?: { code: string } | null;
  /** What publishing does, said before the button. */
  hint: string;
  /** Publishes (true) or withdraws (false); resolves to the refusals, none when done. */
  change: (published: boolean) => Promise<readonly string[]>;
};

/**
 * The state of a rotation's or a plan's public disclosure, for everyone signed in, and the
 * publish / withdraw button for an ADMIN (the server refuses anyone else).
 */
export function PublicationControl({ publishedAt, viaPlan, hint, change }: Props) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const isAdmin = session.status === 'signedIn' && session.viewer.role === 'ADMIN';
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const published = publishedAt !== null;
  const toggle = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const refusals = await change(!published);
      setMessage(refusals.length > 0 ? refusals.join('; ') : null);
    } catch {
      setMessage(t('publication.failed'));
    } finally {
      setBusy(false);
    }
  };
  const publicPage = i18n.language === 'en' ? '/cong-khai?lang=en' : '/cong-khai';
  return (
    <section className="card" aria-labelledby="publication-title">
      <h2 id="publication-title">{t('publication.title')}</h2>
      <p data-testid="publication-state">
        {published
          ? t('publication.publishedOn', { date: formatInstant(publishedAt) })
          : t('publication.notPublished')}
        {viaPlan && (
          <>
            {' · '}
            {t('publication.viaPlan', { code: viaPlan.code })}
          </>
        )}
      </p>
      {isAdmin && (
        <>
          <p className="muted">{hint}</p>
          <button type="button" className="btn" disabled={busy} onClick={() => void toggle()}>
            {published ? t('publication.unpublish') : t('publication.publish')}
          </button>
        </>
      )}
      <p>
        <a href={publicPage}>{t('publication.publicPage')}</a>
      </p>
      {message && <p role="alert">{message}</p>}
    </section>
  );
}
