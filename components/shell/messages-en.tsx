'use client';

import { NextIntlClientProvider } from 'next-intl';
import en from '@/messages/en.json';

/** The English catalogue, for client components (see client-messages.tsx). */
export function EnglishMessages({ timeZone, children }: { timeZone: string; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider locale="en" timeZone={timeZone} messages={en}>
      {children}
    </NextIntlClientProvider>
  );
}
