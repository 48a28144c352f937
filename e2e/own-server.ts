// Servers of their own for tests that must kill one or configure one differently, started
// as `npm start` starts them, on the build the suite's own server already made.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export type Server = { process: ChildProcess; output: string[] };

export function startServer(port: number, databasePath: string, env: Record<string, string> = {}): Server {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    // Its own process group: the kill takes start.mjs and the Next server it runs at once,
    // as a power cut or the out-of-memory killer would.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath, NEXTAUTH_URL: `http://localhost:${port}`, SEED_DEMO: '1', ...env },
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { process: child, output };
}

export async function waitUntilServing(server: Server, baseURL: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) throw new Error(`the server stopped:\n${server.output.join('')}`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not start:\n${server.output.join('')}`);
}

export async function stop(server: Server | undefined, signal: NodeJS.Signals) {
  const child = server?.process;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, signal);
  await exited;
}
