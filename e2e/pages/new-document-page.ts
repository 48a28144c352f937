import type { Page } from '@playwright/test';

export type DocumentStart =
  | { start: 'An empty document' }
  | { start: 'Pasted text'; text: string }
  | { start: 'A Word document (.docx)'; file: string | { name: string; mimeType: string; buffer: Buffer } };

/** "New document" at /meetings/[slug]/documents/new, by its labels. */
export class NewDocumentPage {
  constructor(readonly page: Page) {}

  readonly fieldError = (name: string) => this.page.locator(`#${name}-error`);
  readonly preview = () => this.page.getByRole('region', { name: /^Preview:/ });
  readonly previewRows = () => this.page.getByTestId('preview-paragraph');

  async fill(details: { kind: string; title: string; mode: 'Negotiated text' | "Chair's text" } & DocumentStart) {
    await this.page.getByLabel('Kind of document').selectOption({ label: details.kind });
    await this.page.getByLabel('Title', { exact: true }).fill(details.title);
    await this.page.getByRole('radio', { name: details.mode }).check();
    await this.page.getByRole('radio', { name: details.start }).check();
    if ('text' in details) await this.page.getByLabel('Draft text').fill(details.text);
    if ('file' in details) await this.page.getByLabel('Word document', { exact: true }).setInputFiles(details.file);
  }

  readonly previewButton = () => this.page.getByRole('button', { name: 'Preview', exact: true });
  readonly createButton = () => this.page.getByRole('button', { name: 'Create the document' });
}
