'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { createPositionStatement, revisePositionStatement } from '@/app/meetings/[slug]/positions/actions';
import { ActionForm } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = { slug: string } & ({ mode: 'create'; agendaItems: { id: number; label: string }[] } | { mode: 'revise'; statement: { id: number; version: number; title: string; body: string } });

type Conflict = { version: number; title: string; body: string };

/**
 * Writes a new statement or a new version of one. Nothing typed is lost on bad input or on
 * a conflict; on a conflict the text saved meanwhile is shown beside the form, and saving
 * again builds on it knowingly.
 */
export function PositionForm(props: Props) {
  const t = useTranslations('positions');
  const action = props.mode === 'create' ? createPositionStatement : revisePositionStatement;
  return (
    <ActionForm action={action} fields={{ slug: props.slug }} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,20rem)]">
      {(state) => {
        const conflict = (state && !state.ok ? (state.conflict ?? null) : null) as Conflict | null;
        const baseVersion = conflict?.version ?? (props.mode === 'revise' ? props.statement.version : 0);
        return (
          <>
            <div className="space-y-4">
              {props.mode === 'revise' && <HiddenFields fields={{ id: props.statement.id, expectedVersion: baseVersion }} />}
              {props.mode === 'create' && (
                <FormField as="select" name="agendaItemId" label={t('agendaItem')} defaultValue="">
                  <option value="">{t('generalStatement')}</option>
                  {props.agendaItems.map((item) => (
                    <option key={item.id} value={item.id}>
                      {item.label}
                    </option>
                  ))}
                </FormField>
              )}
              <FormField name="title" label={t('statementTitle')} defaultValue={props.mode === 'revise' ? props.statement.title : ''} />
              <FormField as="textarea" name="body" label={t('body')} hint={t('bodyHint')} defaultValue={props.mode === 'revise' ? props.statement.body : ''} rows={16} />
              <SubmitButton pendingLabel={t(props.mode === 'create' ? 'creating' : 'revising')}>{props.mode === 'create' ? t('create') : t('revise', { number: baseVersion + 1 })}</SubmitButton>
            </div>
            {conflict && (
              <aside aria-labelledby="conflict-title" className="self-start rounded border border-accent bg-paper p-4">
                <h2 id="conflict-title" className="font-semibold">
                  {t('conflictTitle', { number: conflict.version })}
                </h2>
                <p className="mb-3 text-sm text-muted">{t('conflictHint')}</p>
                <p className="font-semibold">{conflict.title}</p>
                <p className="whitespace-pre-wrap font-serif">{conflict.body}</p>
              </aside>
            )}
          </>
        );
      }}
    </ActionForm>
  );
}
