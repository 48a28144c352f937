// `npm run backup`: a consistent copy of the live database into <data folder>/backups/,
// keeping the newest BACKUP_KEEP (default 10). Safe while the server runs.
import { backupDatabase, BackupError } from '@/db/backup';
import { settings } from '@/lib/platform/env.mjs';
import { databasePath } from '@/lib/platform/runtime-config.mjs';

async function main() {
  const keep = settings().BACKUP_KEEP;
  const file = await backupDatabase(databasePath(), keep);
  console.log(`Backed up ${databasePath()} to ${file} (keeping the newest ${keep}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
});
