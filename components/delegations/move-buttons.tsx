'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { moveDelegationInOrder } from '@/app/meetings/[slug]/delegations/actions';
import { ActionForm } from '@/components/ui/action-form';

type Props = { slug: string; code: string; name: string; canMoveUp: boolean; canMoveDown: boolean };

/** "Move up" and "Move down" for one delegation in the manual order; the outcome is announced. */
export function MoveButtons({ slug, code, name, canMoveUp, canMoveDown }: Props) {
  const t = useTranslations('delegationAdmin');
  return (
    <ActionForm action={moveDelegationInOrder} className="flex flex-wrap items-center gap-1" fields={{ slug, code }}>
      {(_state, pending) =>
        (['up', 'down'] as const).map((direction) => (
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
        ))
      }
    </ActionForm>
  );
}
