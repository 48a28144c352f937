'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { choosePrecedenceRule } from '@/app/meetings/[slug]/delegations/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { messageOf } from '@/components/ui/action-state';

/** The secretariat's choice of order: English or French alphabetical, or its own. */
export function PrecedenceRuleForm({ slug, current, rules }: { slug: string; current: string; rules: readonly string[] }) {
  const t = useTranslations('delegationAdmin');
  const [state, formAction] = useActionState(choosePrecedenceRule, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <fieldset>
        <legend className="mb-1 font-semibold">{t('ruleLegend')}</legend>
        {rules.map((rule) => (
          <label key={rule} className="flex items-center gap-2">
            <input type="radio" name="rule" value={rule} defaultChecked={rule === current} />
            {t(`rule.${rule}`)}
          </label>
        ))}
      </fieldset>
      <FormMessage {...messageOf(state)} />
      <SubmitButton pendingLabel={t('saving')}>{t('saveRule')}</SubmitButton>
    </form>
  );
}
