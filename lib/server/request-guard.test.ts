import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, UPLOAD_BODY_LIMIT_BYTES, malformedRequest } from './request-guard';

const BOUNDARY = 'b';
const form = (fields: [string, string][]) =>
  fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') + `--${BOUNDARY}--\r\n`;
const actionCall = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost:3000/meetings/m/documents/1', {
    method: 'POST',
    headers: { host: 'localhost:3000', 'next-action': '7f00', 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    body,
  });
const statusOf = async (request: Request) => (await malformedRequest(request))?.status ?? null;

describe('malformedRequest', () => {
  it('lets well-formed requests through', async () => {
    expect(await statusOf(new Request('http://localhost:3000/meetings/m/documents/1?x=%FF'))).toBeNull();
    expect(await statusOf(actionCall(form([['_1_slug', 'm'], ['0', '[null,"$K1"]']])))).toBeNull();
    expect(await statusOf(actionCall(form([['0', '[null,"$K1"]']]), { origin: 'http://localhost:3000' }))).toBeNull();
    const signIn = new Request('http://localhost:3000/api/auth/callback/credentials', { method: 'POST', body: 'email=a' });
    expect(await statusOf(signIn)).toBeNull();
  });

  it('refuses an address with a broken %-escape', async () => {
    expect(await statusOf(new Request('http://localhost:3000/meetings/%FF'))).toBe(400);
    expect(await statusOf(new Request('http://localhost:3000/flags/%C3%28.svg'))).toBe(400);
  });

  it('refuses a body over the limit, declared or not', async () => {
    const big = 'x'.repeat(BODY_LIMIT_BYTES + 1);
    const declared = new Request('http://localhost:3000/login', { method: 'POST', headers: { 'content-length': String(big.length) }, body: big });
    expect(await statusOf(declared)).toBe(413);
    expect(await statusOf(actionCall(form([['0', '[null,"$K1"]'], ['_1_text', big]])))).toBe(413);
  });

  it('lets "New document" take a .docx draft of up to 20 MB, and no more than 25 MB', async () => {
    const draftCall = (size: number) =>
      new Request('http://localhost:3000/meetings/m/documents/new', {
        method: 'POST',
        headers: { host: 'localhost:3000', 'next-action': '7f00', 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        body: form([['0', '[null,"$K1"]'], ['_1_file', 'x'.repeat(size)]]),
      });
    expect(await statusOf(draftCall(20 * 1024 * 1024 + 1))).toBeNull();
    expect(await statusOf(draftCall(UPLOAD_BODY_LIMIT_BYTES + 1))).toBe(413);
    // A member's page takes a badge photo over its 5 MB limit, to refuse it at the field.
    const photoCall = new Request('http://localhost:3000/meetings/m/delegations/jp/members/12', {
      method: 'POST',
      headers: { host: 'localhost:3000', 'next-action': '7f00', 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: form([['0', '[null,"$K1"]'], ['_1_photo', 'x'.repeat(20 * 1024 * 1024)]]),
    });
    expect(await statusOf(photoCall)).toBeNull();
    // Only there: the same body elsewhere is refused.
    expect(await statusOf(actionCall(form([['0', '[null,"$K1"]'], ['_1_file', 'x'.repeat(BODY_LIMIT_BYTES + 1)]])))).toBe(413);
  });

  it('refuses action calls that are not the form React sends', async () => {
    expect(await statusOf(actionCall('{{{', { 'content-type': 'text/plain' }))).toBe(415);
    expect(await statusOf(actionCall('x', { 'content-type': 'multipart/form-data' }))).toBe(415);
    expect(await statusOf(actionCall(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null`))).toBe(400);
    expect(await statusOf(actionCall(form([['0', '[null,"$K1"']])))).toBe(400);
    expect(await statusOf(actionCall(form([['0', '{"a":1}']])))).toBe(400);
    expect(await statusOf(actionCall(form([['_1_slug', 'm']])))).toBe(400);
  });

  it('lets the arguments React sends for a form and its state through', async () => {
    const state = JSON.stringify([{ ok: false, fieldErrors: { title: ['required'] }, message: '$$ sign', at: '$D2018-01-16T10:00:00.000Z', gone: '$undefined' }, '$K1']);
    expect(await statusOf(actionCall(form([['0', state]])))).toBeNull();
  });

  it('refuses arguments nested too deep, or referring to parts React would look for in vain', async () => {
    expect(await statusOf(actionCall(form([['0', '['.repeat(5000) + ']'.repeat(5000)]])))).toBe(400);
    expect(await statusOf(actionCall(form([['0', JSON.stringify([{ x: { y: { z: [[[[['$K1']]]]] } } }])]])))).toBeNull();
    for (const reference of ['$Q1', '$W1', '$@1', '$F1', '$T', '$1', '$B1', '$R1', '$h1']) {
      expect(await statusOf(actionCall(form([['0', JSON.stringify([reference, '$K1'])]]))), reference).toBe(400);
      expect(await statusOf(actionCall(form([['0', JSON.stringify([{ nested: [reference] }, '$K1'])]]))), reference).toBe(400);
    }
  });

  it('refuses a form posted to a page from another origin, with or without a session', async () => {
    const post = (path: string, origin: string) =>
      new Request(`http://localhost:3000${path}`, {
        method: 'POST',
        headers: { host: 'localhost:3000', origin, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        body: form([['a', 'b']]),
      });
    expect(await statusOf(post('/login', 'http://evil.example'))).toBe(403);
    expect(await statusOf(post('/invitations/x', 'null'))).toBe(403);
    expect(await statusOf(post('/login', 'http://localhost:3000'))).toBeNull();
    // next-auth's own endpoints check their CSRF token themselves.
    expect(await statusOf(post('/api/auth/callback/credentials', 'http://evil.example'))).toBeNull();
  });

  it('refuses action calls from another origin', async () => {
    expect(await statusOf(actionCall(form([['0', '[]']]), { origin: 'http://elsewhere.test' }))).toBe(403);
    expect(await statusOf(actionCall(form([['0', '[]']]), { origin: 'null' }))).toBe(403);
    expect(await statusOf(actionCall(form([['0', '[]']]), { origin: 'not a url' }))).toBe(403);
  });
});
