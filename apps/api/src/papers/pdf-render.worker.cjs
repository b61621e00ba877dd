'use strict';
// Lays out and writes PDFs in a worker thread (pdf.ts starts it): pdfmake's layout is
// synchronous and takes from a few hundred milliseconds to seconds, which on the server's own
// thread would stall every other request. Plain CommonJS so that it runs as it is, from the
// source tree and beside the bundle alike; it receives pdfmake's path and the fonts at start.
const { parentPort, workerData } = require('node:worker_threads');

const pdfmake = require(workerData.pdfmakePath);
const faces = {};
for (const [face, bytes] of Object.entries(workerData.fonts)) {
  const name = `Tinos-${face}.ttf`;
  pdfmake.virtualfs.writeFileSync(name, Buffer.from(bytes));
  faces[face] = name;
}
pdfmake.setFonts({ Tinos: faces });
// A paper's text can never make the worker read a file or fetch a URL.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

parentPort.on('message', async ({ id, definition, pageNumbers }) => {
  try {
    if (pageNumbers) {
      // Functions do not cross threads: the page-number header is made here.
      definition.header = (page) =>
        page > 1
          ? {
              text: String(page),
              alignment: 'center',
              fontSize: pageNumbers.fontSize,
              margin: pageNumbers.margin,
            }
          : null;
    }
    const buffer = await pdfmake.createPdf(definition).getBuffer();
    const bytes = new Uint8Array(buffer);
    parentPort.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
