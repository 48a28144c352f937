'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { moveDelegationInOrder } from '@/app/meetings/[slug]/delegations/actions';
import { FormMessage } from '@/components/ui/form-message';
import { messageOf } from '@/components/ui/action-state';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = { slug: string; code: string; name: string; canMoveUp: boolean; canMoveDown: boolean };

/** "Move up" and "Move down" for one delegation in the manual order; the outcome is announced. */
export function MoveButtons({ slug, code, name, canMoveUp, canMoveDown }: Props) {
  const t = useTranslations('delegationAdmin');
  const [state, formAction, pending] = useActionState(moveDelegationInOrder, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-1">
      <HiddenFields fields={{ slug, code }} />
      {(['up', 'down'] as const).map((direction) => (
        <button
          key={direction}
          type="submit"
          name="direction"
          value={direction}
          className="button button-quiet"
          disabled={pending || !(direction === 'up' ? canMoveUp : canMoveDown)}
          aria-label={t(direction === 'up' ? 'moveUpNamed' : 'moveDownNamed', { name })}
        >
          <span aria-hidden>{direction === 'up' ? '↑' : '↓'}</span>
        </button>
      ))}
      <FormMessage {...messageOf(state)} />
    </form>
  );
}
