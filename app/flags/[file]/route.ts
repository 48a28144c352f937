import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isCountryCode } from '@/lib/domain/countries';

// flag-icons' SVGs, served from the installed package rather than copied into public/:
// they stay in step with the package version and need no build step. Flags are public.
const FLAGS = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'flag-icons', 'flags', '4x3');

type Context = { params: Promise<{ file: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const code = /^([a-z]{2})\.svg$/.exec(file)?.[1];
  if (!code || !isCountryCode(code)) return Response.json({ error: 'not_found' }, { status: 404 });
  try {
    const svg = await readFile(path.join(FLAGS, `${code}.svg`));
    return new Response(svg, {
      headers: {
        'Content-Type': 'image/svg+xml',
        'Cache-Control': 'public, max-age=604800',
        // An SVG opened on its own is a document: let it draw, never run anything.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return Response.json({ error: 'not_found' }, { status: 404 });
  }
}
