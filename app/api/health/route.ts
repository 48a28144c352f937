import { databaseAnswers } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

export function GET() {
  return databaseAnswers()
    ? Response.json({ status: 'ok' })
    : Response.json({ status: 'unavailable' }, { status: 503 });
}
