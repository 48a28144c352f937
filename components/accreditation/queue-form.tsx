'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { advanceMembersAccreditation } from '@/app/meetings/[slug]/accreditation/actions';
import { Flag } from '@/components/delegations/flag';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor } from '@/components/ui/action-state';

export type QueueRow = {
  id: number;
  fullName: string;
  functionLabel: string;
  categoryLabel: string;
  categoryColour: string;
  statusLabel: string;
  hasPhoto: boolean;
  delegation: { code: string; protocolName: string };
};

/** The accreditation queue: tick members, then approve, issue their badges or revoke, all at once. */
export function QueueForm({ slug, rows }: { slug: string; rows: QueueRow[] }) {
  const t = useTranslations('accreditation');
  const tValidation = useTranslations('validation');
  return (
    // The refusal of a selection (none ticked) describes the whole form, next to its buttons.
    <ActionForm action={advanceMembersAccreditation} className="space-y-3" aria-describedby="members-error" fields={{ slug }}>
      {(state) => {
        const error = errorsFor(state, 'members')?.[0];
        return (
          <>
            {rows.length === 0 ? (
              <p>{t('queueEmpty')}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="sr-only">{t('queueCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        <span className="sr-only">{t('select')}</span>
                      </th>
                      <th scope="col">{t('name')}</th>
                      <th scope="col">{t('delegation')}</th>
                      <th scope="col">{t('function')}</th>
                      <th scope="col">{t('category')}</th>
                      <th scope="col">{t('photo')}</th>
                      <th scope="col">{t('status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.id}>
                        <td>
                          <input type="checkbox" name={`member-${row.id}`} id={`member-${row.id}`} aria-label={t('selectNamed', { name: row.fullName })} />
                        </td>
                        <th scope="row" className="font-semibold">
                          <label htmlFor={`member-${row.id}`}>{row.fullName}</label>
                        </th>
                        <td>
                          <span className="inline-flex items-center gap-2">
                            <Flag code={row.delegation.code} />
                            {row.delegation.protocolName}
                          </span>
                        </td>
                        <td>{row.functionLabel}</td>
                        <td>
                          <span className="inline-flex items-center gap-2">
                            <svg aria-hidden width="12" height="12" className="shrink-0">
                              <rect width="12" height="12" fill={row.categoryColour} />
                            </svg>
                            {row.categoryLabel}
                          </span>
                        </td>
                        <td>{row.hasPhoto ? t('photoOnFile') : t('photoMissing')}</td>
                        <td>{row.statusLabel}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p id="members-error" aria-live="polite" className="text-sm font-semibold text-red-800">
              {error && tValidation(error)}
            </p>
            <div className="flex flex-wrap gap-3">
              <SubmitButton name="step" value="approve" pendingLabel={t('working')}>
                {t('approve')}
              </SubmitButton>
              <SubmitButton name="step" value="issue" pendingLabel={t('working')}>
                {t('issue')}
              </SubmitButton>
              <SubmitButton name="step" value="revoke" className="button button-quiet" pendingLabel={t('working')}>
                {t('revoke')}
              </SubmitButton>
            </div>
          </>
        );
      }}
    </ActionForm>
  );
}
