// `npm start`: the one command a fresh machine needs. Prepares the configuration, builds
// when the build is missing or older than the sources, then serves with `next start`.
// Migrations and the demo seed run inside the server (instrumentation.ts).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { settings } from '../lib/platform/env.mjs';
import { authSecret, databasePath } from '../lib/platform/runtime-config.mjs';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
/** @type {import('../lib/platform/env.mjs').Settings} */
let configured;
try {
  configured = settings();
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(1);
}
const port = String(configured.PORT);
process.env.PORT = port;
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
process.env.DATABASE_PATH = databasePath();
process.env.NEXTAUTH_SECRET = authSecret();

const SOURCES = ['app', 'components', 'db', 'lib', 'i18n', 'messages', 'public', 'drizzle'];
const CONFIGS = ['next.config.mjs', 'package.json', 'proxy.ts', 'instrumentation.ts', 'postcss.config.mjs', 'tsconfig.json'];

function newestSourceTime() {
  let newest = 0;
  /** @param {string} entry */
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) readdirSync(entry).forEach((name) => visit(path.join(entry, name)));
    // Unit tests sit beside the code they test but are not part of the build.
    else if (!/\.test\.tsx?$/.test(entry)) newest = Math.max(newest, stat.mtimeMs);
  };
  [...SOURCES, ...CONFIGS].forEach(visit);
  return newest;
}

const buildId = path.join(root, '.next', 'BUILD_ID');
if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceTime()) {
  console.log('Building the application (first start, or the sources changed)…');
  const build = spawnSync(process.execPath, [nextBin(), 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function nextBin() {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

console.log(`Serving on http://localhost:${port} (database ${process.env.DATABASE_PATH})`);
// Idle keep-alive connections stay open longer than clients (and proxies) keep theirs, so a
// client never sends a request on a socket the server is closing at that moment.
// V8 sizes its heap from the machine's memory (about 4 GB on a 24 GB machine) and collects
// lazily until it nears that: under load the server grew past 800 MB while the pages it served
// needed a fraction of it. A limit makes it collect sooner; document pages and exports queue for
// a render slot (lib/server/render-slots.ts), so concurrent requests cannot outgrow it.
const heapMb = configured.SERVER_HEAP_MB;
const server = spawn(
  process.execPath,
  [`--max-old-space-size=${heapMb}`, nextBin(), 'start', '-p', port, '--keepAliveTimeout', '65000'],
  { stdio: 'inherit' },
);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
