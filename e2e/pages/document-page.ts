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

  /** The paragraph's own comment thread, in its margin (its amendments have threads of their own, above it). */
  paragraphComments(words: string | RegExp): Locator {
    return this.paragraph(words).getByTestId('paragraph-comments').locator('details');
  }

  /** Opens the paragraph's comment thread from its menu, where it has no comments yet. */
  async openParagraphComments(words: string | RegExp): Promise<Locator> {
    await this.chooseFromMenu(words, 'Comment');
    return this.paragraphComments(words);
  }

  amendmentsBy(delegation: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^Amendment \\d+ by ${delegation}`) });
  }

  /** The paragraph's one menu button. */
  menuButton(words: string | RegExp): Locator {
    return this.paragraph(words).getByRole('button', { name: /^Actions on / });
  }

  /** Opens the paragraph's menu and chooses `item` in it. */
  async chooseFromMenu(words: string | RegExp, item: string) {
    await this.menuButton(words).click();
    await this.paragraph(words).getByRole('button', { name: item, exact: true }).click();
  }

  /** Proposes `text` for the whole paragraph, from its menu. */
  async proposeReplacement(words: string | RegExp, text: string, rationale: string) {
    const block = this.paragraph(words);
    await this.chooseFromMenu(words, 'Propose a replacement');
    await block.getByLabel('Proposed text').fill(text);
    await block.getByLabel('Rationale').fill(rationale);
    await block.getByRole('button', { name: 'Propose', exact: true }).click();
  }

  /** Opens the pen's tools on a paragraph from its menu; returns its text editor form. */
  async openEditor(words: string | RegExp): Promise<Locator> {
    const block = this.paragraph(words);
    await this.chooseFromMenu(words, 'Edit text');
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
