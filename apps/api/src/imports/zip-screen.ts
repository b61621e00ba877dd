import yauzl from 'yauzl';

// A workbook is a zip archive, and a zip can claim little and inflate to gigabytes (a "zip
// bomb"), or claim one size and hold another. Before exceljs (which inflates everything into
// memory) sees a file, every entry is inflated here as a stream and its real bytes counted and
// thrown away: the total, the entry count and each entry's honesty about its size are checked,
// so nothing large is ever held.

export type ZipRefusal = 'NOT_A_ZIP' | 'UNSAFE_ARCHIVE' | 'NOT_A_WORKBOOK';

export type ZipLimits = {
  /** The most bytes all entries may inflate to, together. */
  maxInflatedBytes: number;
  maxEntries: number;
};

/** A cap on the inflated size: 200 times the file, at least 10 MiB, at most 100 MiB. */
export function zipLimitsFor(fileBytes: number): ZipLimits {
  const MiB = 1024 * 1024;
  return {
    maxInflatedBytes: Math.min(100 * MiB, Math.max(10 * MiB, 200 * fileBytes)),
    maxEntries: 2000,
  };
}

/** null when the archive is a safe workbook to open; else why not. */
export async function screenZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipRefusal | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
        (error, opened) => (error || !opened ? reject(error) : resolve(opened)),
      ),
    );
  } catch {
    return 'NOT_A_ZIP';
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    return 'UNSAFE_ARCHIVE';
  }
  let inflated = 0;
  let declared = 0;
  let hasWorkbook = false;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName === 'xl/workbook.xml') hasWorkbook = true;
        declared += entry.uncompressedSize;
        // What the archive admits to is refused before a byte is inflated.
        if (declared > limits.maxInflatedBytes) return reject(new Unsafe());
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error ?? new Unsafe());
          stream.on('data', (chunk: Buffer) => {
            inflated += chunk.length;
            if (inflated > limits.maxInflatedBytes) {
              stream.destroy();
              reject(new Unsafe());
            }
          });
          // validateEntrySizes: an entry that inflates to more or less than it says errors here.
          stream.on('error', () => reject(new Unsafe()));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  } catch (error) {
    return error instanceof Unsafe ? 'UNSAFE_ARCHIVE' : 'NOT_A_ZIP';
  } finally {
    zip.close();
  }
  return hasWorkbook ? null : 'NOT_A_WORKBOOK';
}

class Unsafe extends Error {}
