import type { Locator, Page } from '@playwright/test';
import { MEETING } from '../fixtures';

export type ItemFields = {
  title?: string;
  kind?: string;
  startsAt?: string;
  endsAt?: string;
  location?: string;
  chair?: string;
  description?: string;
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A control's accessible name: its visible words, then what it acts on in visually hidden
 * text (the browser may put a space before the colon).
 */
export const named = (action: string, subject: string) => new RegExp(`^${escape(action)}\\s?: ${escape(subject)}$`);

/** The programme at /meetings/vancouver-2018/agenda (or another meeting's), by its roles and labels. */
export class AgendaPage {
  constructor(
    readonly page: Page,
    readonly meeting = MEETING,
  ) {}

  async goto() {
    await this.page.goto(`${this.meeting}/agenda`);
  }

  /** An item's card, named by its heading (number, title, badges). */
  item(title: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(escape(title)) });
  }

  /** The number an item carries in the programme, or null for a draft. */
  async numberOf(title: string): Promise<number | null> {
    const heading = await this.item(title).getByRole('heading', { level: 3 }).textContent();
    const match = /^\D*?(\d+)\./.exec(heading ?? '');
    return match ? Number(match[1]) : null;
  }

  /** The live region that announces moves of programme items. */
  announcement(): Locator {
    return this.page.getByRole('status').filter({ hasText: /moved|only move/ });
  }

  addForm(): Locator {
    return this.page.locator('details').filter({ has: this.page.locator('summary', { hasText: 'Add an item' }) });
  }

  async openAddForm() {
    const form = this.addForm();
    if ((await form.getAttribute('open')) === null) await form.locator('summary').click();
    return form;
  }

  /** Opens an item's edit form and returns it. */
  async openEditForm(title: string): Promise<Locator> {
    const details = this.item(title).locator('details').filter({ has: this.page.locator('summary', { hasText: 'Edit' }) });
    await details.locator('summary').click();
    return details;
  }

  static async fill(form: Locator, fields: ItemFields) {
    if (fields.title !== undefined) await form.getByLabel('Title').fill(fields.title);
    if (fields.kind !== undefined) await form.getByLabel('Kind').selectOption({ label: fields.kind });
    if (fields.startsAt !== undefined) await form.getByLabel('Start', { exact: true }).fill(fields.startsAt);
    if (fields.endsAt !== undefined) await form.getByLabel('End', { exact: true }).fill(fields.endsAt);
    if (fields.location !== undefined) await form.getByLabel('Location (room)').fill(fields.location);
    if (fields.chair !== undefined) await form.getByLabel('Chair').fill(fields.chair);
    if (fields.description !== undefined) await form.getByLabel('Description').fill(fields.description);
  }

  /** The outcome line of a form (saved, refused, conflict). */
  static message(form: Locator): Locator {
    return form.getByTestId('form-message').last();
  }

  async addItem(fields: ItemFields) {
    const form = await this.openAddForm();
    await AgendaPage.fill(form, fields);
    await form.getByRole('button', { name: 'Add the item as a draft' }).click();
    return form;
  }
}
