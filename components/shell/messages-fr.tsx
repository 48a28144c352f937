'use client';

import { NextIntlClientProvider } from 'next-intl';
import fr from '@/messages/fr.json';
import { typesetCatalogue } from '@/lib/domain/typography';

/** Typeset as the server typesets its own (i18n/request.ts), so both sides print the same spacing. */
const messages = typesetCatalogue(fr, 'fr');

/** The French catalogue, for client components (see client-messages.tsx). */
export function FrenchMessages({ timeZone, children }: { timeZone: string; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider locale="fr" timeZone={timeZone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
