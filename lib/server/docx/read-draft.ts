import 'server-only';
import mammoth from 'mammoth';
import { readDraftHtml, type DraftImport } from '@/lib/domain/draft-import';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const MAIN_PART = 'word/document.xml';

/**
 * Whether `bytes` are a Word document: a ZIP archive whose directory lists
 * word/document.xml. Read from the archive's own directory, not the file's name or type,
 * which the browser takes from the sender.
 */
export function isDocx(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes, or before a comment of at most 64 KiB.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== END_OF_CENTRAL_DIRECTORY) continue;
    const entries = view.getUint16(at + 10, true);
    let entry = view.getUint32(at + 16, true);
    for (let i = 0; i < entries && entry + 46 <= bytes.length; i++) {
      if (view.getUint32(entry, true) !== CENTRAL_DIRECTORY_ENTRY) return false;
      const nameLength = view.getUint16(entry + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(entry + 46, entry + 46 + nameLength));
      if (name === MAIN_PART) return true;
      entry += 46 + nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    }
    return false;
  }
  return false;
}

// Word's Title style is the document's heading too; mammoth maps only Heading 1–6 by itself.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * The paragraphs of a .docx draft (lib/domain/draft-import.ts says how they are read), or null
 * when the bytes are not a Word document or mammoth cannot read it.
 */
export async function readDocxDraft(bytes: Uint8Array): Promise<DraftImport | null> {
  if (!isDocx(bytes)) return null;
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap: STYLE_MAP });
    return readDraftHtml(value);
  } catch {
    return null;
  }
}
