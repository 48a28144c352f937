// `npm run restore -- FILE`: puts a backup back in place of the database. Stop the server
// first; the restore refuses while the database is open. The replaced database is kept
// in the backups folder as <name>-before-restore-<time>.db.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { backupFolder, BackupError, listBackups, restoreDatabase } from '@/db/backup';
import { databasePath } from '@/lib/platform/runtime-config.mjs';

/** FILE as typed where `npm run` was started, or a backup's bare name in the backups folder. */
function backupToRestore(argument: string): string {
  const typed = path.resolve(process.env.INIT_CWD ?? process.cwd(), argument);
  if (existsSync(typed)) return typed;
  const inFolder = path.join(backupFolder(databasePath()), argument);
  return existsSync(inFolder) ? inFolder : typed;
}

async function main() {
  const [argument] = process.argv.slice(2);
  if (!argument) {
    const available = listBackups(databasePath());
    console.error(
      [
        'Usage: npm run restore -- FILE   (stop the server first)',
        available.length ? 'Backups, newest last:' : `No backups in ${backupFolder(databasePath())}.`,
        ...available.map((file) => `  ${path.basename(file)}`),
      ].join('\n'),
    );
    process.exit(2);
  }
  const file = backupToRestore(argument);
  const { safetyCopy } = await restoreDatabase(databasePath(), file);
  console.log(`Restored ${databasePath()} from ${file}.\nThe database it replaced is kept as ${safetyCopy}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
});
