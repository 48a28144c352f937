// Time to produce the communiqué PDF (the demo text, and one of 300 paragraphs), and, in
// the same run, the time Chromium takes to print the same text from HTML: the ratio says
// whether typesetting with pdfkit costs more than a browser print would.
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { listParticipants } from '@/db/queries/delegations';
import { getDocument, type DocumentDetail } from '@/db/queries/documents';
import { getMeeting } from '@/db/queries/meetings';
import { participantsAnnex, placeAndDate, printedText } from '@/lib/server/communique-text';
import { renderCommuniquePdf, type CommuniqueInput } from '@/lib/server/pdf/communique';
import { demoDatabase, viewerFor } from '@/test/database';
import { latencyFigures, type Benchmark, type Figure } from './figures';

const ROUNDS = 5;
const LONG_DOCUMENT = 300;

/** The demo text repeated to `count` paragraphs, numbered as one document. */
function lengthened(document: DocumentDetail, count: number): DocumentDetail {
  const paragraphs = Array.from({ length: count }, (_, i) => {
    const source = document.paragraphs[i % document.paragraphs.length];
    return { ...source, id: i + 1, kind: 'operative' as const, number: i + 1 };
  });
  return { ...document, paragraphs };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same text as a plain HTML page, for Chromium to print. */
function asHtml(input: CommuniqueInput): string {
  const body = input.document.paragraphs
    .map((p) => `<p>${p.number === null ? '' : `${p.number}. `}${escapeHtml(printedText(p.pieces, false))}</p>`)
    .join('\n');
  const annex = input.participants.map((p) => `<li><b>${escapeHtml(p.protocolName)}</b> — ${escapeHtml(p.head)}</li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(input.document.title)}</title>
<style>body{font-family:serif;font-size:11.5pt;line-height:1.4;margin:0}h1{text-align:center;font-size:16pt}p{text-align:justify}</style></head>
<body><h1>${escapeHtml(input.document.title)}</h1><p style="text-align:center"><i>${escapeHtml(placeAndDate(input.meeting))}</i></p>${body}<h2>Annex</h2><ul>${annex}</ul></body></html>`;
}

async function time(work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

export const pdfBenchmark: Benchmark = {
  name: 'communiqué PDF',
  async run(): Promise<Figure[]> {
    await demoDatabase();
    const viewer = viewerFor('jp.staff@vancouver.test');
    const meeting = getMeeting(viewer, 'vancouver-2018');
    const base: CommuniqueInput = {
      meeting,
      document: getDocument(viewer, meeting, 1),
      participants: participantsAnnex(listParticipants(viewer, meeting)),
      variant: 'clean',
      language: 'en',
      generatedAt: new Date(),
    };
    const long = { ...base, document: lengthened(base.document, LONG_DOCUMENT) };
    const demoSamples = await time(() => renderCommuniquePdf(base));
    const longSamples = await time(() => renderCommuniquePdf(long));

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const page = await browser.newPage();
      const print = (input: CommuniqueInput) => async () => {
        await page.setContent(asHtml(input));
        await page.pdf({ format: meeting.pageSize === 'letter' ? 'Letter' : 'A4', margin: { top: '1in', bottom: '1in', left: '1in', right: '1in' } });
      };
      const chromiumDemo = await time(print(base));
      const chromiumLong = await time(print(long));
      return [
        ...latencyFigures('demo summary, pdfkit', demoSamples),
        ...latencyFigures(`${LONG_DOCUMENT} paragraphs, pdfkit`, longSamples),
        ...latencyFigures('demo summary, Chromium print', chromiumDemo),
        ...latencyFigures(`${LONG_DOCUMENT} paragraphs, Chromium print`, chromiumLong),
        { measure: 'demo summary: pdfkit / Chromium', value: Math.round((median(demoSamples) / median(chromiumDemo)) * 100) / 100, unit: 'ratio' },
        { measure: `${LONG_DOCUMENT} paragraphs: pdfkit / Chromium`, value: Math.round((median(longSamples) / median(chromiumLong)) * 100) / 100, unit: 'ratio' },
      ];
    } finally {
      await browser.close();
    }
  },
};
