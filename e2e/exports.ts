import { execFileSync } from 'node:child_process';
import type { Download } from '@playwright/test';

/** Saves a download and reads it back as poppler's tools see it. */
export async function readPdf(download: Download) {
  const file = await download.path();
  const run = (tool: string, ...args: string[]) => execFileSync(tool, [...args, file], { encoding: 'utf8' });
  return {
    name: download.suggestedFilename(),
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    info: run('pdfinfo'),
    fonts: run('pdffonts'),
  };
}
