import { getMemberPhoto } from '@/db/queries/accreditation';
import { meetingRoute } from '@/lib/server/route-guard';
import { positiveId } from '@/lib/domain/route-params';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; id: string }> };

/** A member's badge photo, for the member's delegation and the secretariat (404 for anyone else). */
export async function GET(_request: Request, { params }: Context) {
  const { slug, id } = await params;
  const memberId = positiveId(id);
  if (!memberId) return Response.json({ error: 'not_found' }, { status: 404 });
  return meetingRoute(slug, (viewer, meeting) =>
    new Response(new Uint8Array(getMemberPhoto(viewer, meeting, memberId)), {
      headers: { 'Content-Type': 'image/jpeg', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
    }),
  );
}
