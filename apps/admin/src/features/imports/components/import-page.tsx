import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { PaperLinks } from '../../../components/ui/paper-links';
import { asLanguage } from '../../../lib/format';
import { useViewer } from '../../../lib/session';
import { isFailure, sendImport, type ImportAnswer, type SendImport } from '../api/send-import';
import {
  IMPORT_FILE_TYPES,
  IMPORT_KINDS,
  isImportFileName,
  type ImportKindName,
} from '../utils/import-kinds';
import { ImportReport } from './import-report';

type Props = {
  /** How the file reaches the server; a test gives its own, as the sign-in page takes signIn. */
  send?: SendImport;
};

/** Importing a registry from a workbook: organizers and admins only (the API refuses others). */
export function ImportPage({ send = sendImport }: Props) {
  const viewer = useViewer();
  const { t } = useTranslation();
  if (viewer.role === 'VIEWER') return <p role="alert">{t('imports.editorsOnly')}</p>;
  return <ImportForm send={send} />;
}

type Report = { answer: ImportAnswer; kind: ImportKindName; fileName: string };

/**
 * Two steps on one file: the preview (a dry run: every row checked, nothing written), then the
 * import of the very same file and kind. Choosing another file or kind drops the preview, so
 * what is imported is what was shown; a refused file offers no import.
 */
function ImportForm({ send }: { send: SendImport }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<ImportKindName>('cadres');
  const [file, setFile] = useState<File | null>(null);
  // A new key empties the file input after an import, for the next file.
  const [inputKey, setInputKey] = useState(0);
  const [fileError, setFileError] = useState<string | undefined>();
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The answer is what the user waits for: focus goes to its heading, read out first.
  useEffect(() => {
    if (report) headingRef.current?.focus();
  }, [report]);

  // After an import, the emptied file input is where the next file is chosen.
  useEffect(() => {
    if (inputKey > 0) fileRef.current?.focus();
  }, [inputKey]);

  const kindLabel = (name: ImportKindName) => t(`imports.kinds.${name}`);
  const drop = () => {
    setReport(null);
    setFailure(null);
  };

  const run = async (dryRun: boolean, chosen: File, forKind: ImportKindName) => {
    setBusy(dryRun ? 'preview' : 'import');
    setFailure(null);
    try {
      const answer = await send(forKind, chosen, {
        dryRun,
        language: asLanguage(i18n.language),
      });
      if (isFailure(answer)) {
        setReport(null);
        setFailure(t(`imports.failures.${answer.failure}`, { message: answer.message ?? '' }));
        return;
      }
      setReport({ answer, kind: forKind, fileName: chosen.name });
    } finally {
      setBusy(null);
    }
  };

  const preview = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !isImportFileName(file.name)) {
      setFileError(t('imports.chooseFile'));
      fileRef.current?.focus();
      return;
    }
    void run(true, file, kind);
  };

  const answer = report?.answer;
  const rowCount = answer ? answer.created + answer.updated + answer.unchanged : 0;
  const canConfirm =
    answer !== undefined && !answer.written && answer.errors.length === 0 && rowCount > 0;

  return (
    <section>
      <h1>{t('imports.title')}</h1>
      <p className="muted">{t('imports.intro')}</p>
      <form onSubmit={preview} noValidate aria-label={t('imports.title')} aria-busy={busy !== null}>
        <div className="toolbar">
          <Field label={t('imports.kind')}>
            <select
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as ImportKindName);
                drop();
              }}
            >
              {IMPORT_KINDS.map((name) => (
                <option key={name} value={name}>
                  {kindLabel(name)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="import-downloads">
          <p>
            <span>{t('imports.templateLead')}</span>
            <PaperLinks
              path={`/import/${kind}/template`}
              params={new URLSearchParams()}
              label={t('imports.template', { kind: kindLabel(kind) })}
              formats={[
                { extension: 'xlsx', label: t('imports.templateXlsx') },
                { extension: 'csv', label: t('imports.templateCsv') },
              ]}
            />
          </p>
          <p>
            <span>{t('imports.dataLead')}</span>
            <PaperLinks
              path={`/import/${kind}/data`}
              params={new URLSearchParams()}
              label={t('imports.data', { kind: kindLabel(kind) })}
              formats={[
                { extension: 'xlsx', label: t('imports.dataXlsx') },
                { extension: 'csv', label: t('imports.dataCsv') },
              ]}
            />
          </p>
        </div>
        <Field label={t('imports.file')} hint={t('imports.fileHint')} error={fileError}>
          <input
            key={inputKey}
            ref={fileRef}
            type="file"
            name="file"
            accept={IMPORT_FILE_TYPES}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(undefined);
              drop();
            }}
          />
        </Field>
        <div className="actions">
          <button type="submit" className="btn" disabled={busy !== null}>
            {busy === 'preview' ? t('imports.previewing') : t('imports.preview')}
          </button>
        </div>
      </form>
      {failure && (
        <p role="alert" className="state state-error">
          {failure}
        </p>
      )}
      {report && (
        <ImportReport
          answer={report.answer}
          fileName={report.fileName}
          kindLabel={kindLabel(report.kind)}
          headingRef={headingRef}
        />
      )}
      {report && canConfirm && file && (
        <div className="actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy !== null}
            onClick={() => void run(false, file, report.kind)}
          >
            {busy === 'import' ? t('imports.importing') : t('imports.confirm', { count: rowCount })}
          </button>
        </div>
      )}
      {report?.answer.written && (
        <div className="actions">
          <button
            type="button"
            className="btn"
            onClick={() => {
              setFile(null);
              setInputKey((key) => key + 1);
              drop();
            }}
          >
            {t('imports.again')}
          </button>
        </div>
      )}
    </section>
  );
}
