// Download links for a paper under /export in its formats. Plain links, not fetches: the
// browser sends the session cookie and saves the file under the name the server gives, and
// nothing is built in the page.

export type PaperFormat = { extension: 'xlsx' | 'csv' | 'pdf' | 'docx'; label: string };

type Props = {
  /** The paper's path without its extension, e.g. /export/rotations. */
  path: string;
  /** Its query string: the filter the page shows. */
  params: URLSearchParams;
  formats: readonly PaperFormat[];
  /** What the group of links is, for assistive technology. */
  label: string;
};

export function PaperLinks({ path, params, formats, label }: Props) {
  const query = params.toString();
  return (
    <span className="paper-links" role="group" aria-label={label}>
      {formats.map((format) => (
        <a
          key={format.extension}
          className="btn"
          href={`${path}.${format.extension}${query ? `?${query}` : ''}`}
          download
        >
          {format.label}
        </a>
      ))}
    </span>
  );
}
