import type { NextRequest } from 'next/server';
import { documentExport } from '@/lib/server/document-export';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest, context: { params: Promise<{ slug: string; id: string }> }) {
  return documentExport(request, context, 'pdf');
}
