import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SetPasswordForm } from '@/components/auth/set-password-form';
import { findInvitation } from '@/db/queries/accounts';

type Props = { params: Promise<{ token: string }> };

// The link's token must not travel in a Referer, not even to this site: strict-origin sends
// the origin alone. Not no-referrer: under it the browser sends `Origin: null` with the
// form's own POST (before hydration, or without scripts), which Next and the proxy refuse.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invitation'))('title'), referrer: 'strict-origin' };
}

/** Public: the invitee sets a password with the link the secretariat gave them. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = findInvitation(token);
  const t = await getTranslations('invitation');
  return (
    <div className="mx-auto max-w-md rounded border border-rule bg-paper p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      {invitation ? (
        <>
          <p className="mb-6 text-muted">{t('intro', { name: invitation.name, email: invitation.email })}</p>
          <SetPasswordForm token={token} />
        </>
      ) : (
        <>
          <p className="mb-4">{t('invalid')}</p>
          <Link href="/login">{t('signIn')}</Link>
        </>
      )}
    </div>
  );
}
