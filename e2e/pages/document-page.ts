import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { expect, MEETING } from '../fixtures';
import { LoginPage } from './login-page';

/** The outcome document page, by role and text. */
export class DocumentPage {
  constructor(readonly page: Page) {}

  async goto(id = 1) {
    await this.page.goto(`${MEETING}/documents/${id}`);
  }

  /** The block of the paragraph whose text contains `words`. */
  paragraph(words: string | RegExp): Locator {
    return this.page.getByTestId('paragraph').filter({ has: this.page.getByTestId('paragraph-text').filter({ hasText: words }) });
  }

  paragraphText(words: string | RegExp): Locator {
    return this.paragraph(words).getByTestId('paragraph-text');
  }

  /** The paragraph's own comment thread (its amendments have threads of their own, above it). */
  paragraphComments(words: string | RegExp): Locator {
    return this.paragraph(words).locator('details').last();
  }

  amendmentsBy(delegation: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^Amendment \\d+ by ${delegation}`) });
  }

  async proposeReplacement(words: string | RegExp, text: string, rationale: string) {
    const block = this.paragraph(words);
    await block.getByText('Propose an amendment').click();
    await block.getByLabel('Proposed text').fill(text);
    await block.getByLabel('Rationale').fill(rationale);
    await block.getByRole('button', { name: 'Propose' }).click();
  }

  /** Opens the pen's tools on a paragraph; returns its text editor form. */
  async openEditor(words: string | RegExp): Promise<Locator> {
    const block = this.paragraph(words);
    await block.getByText('Edit text', { exact: true }).click();
    return block.getByRole('form', { name: 'Edit text' });
  }

  status(): Locator {
    return this.page.getByTestId('document-status');
  }

  /** The open confirmation dialog (components/ui/confirm-button.tsx). */
  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Starts silence with the deadline in the form, answering the confirmation. */
  async startSilence() {
    await this.page.getByRole('button', { name: 'Start silence' }).click();
    await this.dialog().getByRole('button', { name: 'Yes, start silence' }).click();
  }
}

/**
 * A new browser context signed in as `email` on the demo document, its live connection up
 * (so nothing that happens next is missed).
 */
export async function openDocumentAs(
  browser: Browser,
  email: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; document: DocumentPage }> {
  const page = await (await browser.newContext(options)).newPage();
  const login = new LoginPage(page);
  await login.goto(`${MEETING}/documents/1`);
  await login.signIn(email);
  await page.waitForURL(`**${MEETING}/documents/1`);
  await expect(page.getByTestId('live-status')).toContainText('Live updates on');
  return { page, document: new DocumentPage(page) };
}
