'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/shell/use-translations';
import { importRoster, previewRosterImport, type ImportState } from '@/app/meetings/[slug]/delegations/[code]/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formatList } from '@/lib/domain/format-list';
import { messageOf } from '@/components/ui/action-state';
import { ActionForm } from '@/components/ui/action-form';

/**
 * Two steps: check the file (every row's problems, named by row and column), then import
 * it. The import button appears only when every row is valid, and the server checks again.
 * One form holds both steps, so that the latest answer is the one shown: a refused import
 * (the roster changed since the check) replaces the preview with its problems. The button
 * pressed says which step it is, with or without JavaScript.
 */
export function ImportForm({ slug, code }: { slug: string; code: string }) {
  const t = useTranslations('rosterImport');
  const locale = useLocale();
  const tValidation = useTranslations('validation');
  const tDelegations = useTranslations('delegations');
  const problem = (code: string) => (tValidation.has(code) ? tValidation(code) : tValidation('invalidInput'));
  const step = (previous: ImportState, formData: FormData) => (formData.get('step') === 'import' ? importRoster(previous, formData) : previewRosterImport(previous, formData)) as Promise<ImportState>;
  return (
    <ActionForm action={step} fields={{ slug, code }} className="space-y-6" outcome={() => null}>
      {(state) => {
        const preview = state && 'preview' in state ? state.preview : undefined;
        return (
          <>
            <div className="space-y-3">
              <FormField name="file" type="file" accept=".csv,text/csv" label={t('file')} hint={t('fileHint')} />
              <SubmitButton pendingLabel={t('checking')} name="step" value="check">
                {t('check')}
              </SubmitButton>
            </div>

            {/* The outcome sits between the file and the rows it speaks of. */}
            <FormMessage {...messageOf(state)} />

            {preview && preview.problems.length > 0 && (
              <section aria-labelledby="problems-title">
                <h2 id="problems-title" className="mb-2 text-xl font-semibold">
                  {t('problemsTitle', { count: preview.problems.length })}
                </h2>
                <p className="mb-2">{t('nothingSaved')}</p>
                <div className="table-scroll">
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('row')}</th>
                        <th scope="col">{t('column')}</th>
                        <th scope="col">{t('why')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.problems.map((p, index) => (
                        <tr key={index}>
                          <th scope="row">{t('rowNumber', { row: p.row })}</th>
                          <td>{p.column || '—'}</td>
                          <td>{problem(p.code)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            )}

            {preview && preview.ignoredColumns.length > 0 && <p className="text-sm text-muted">{t('ignoredColumns', { columns: formatList(preview.ignoredColumns, locale) })}</p>}

            {preview && preview.problems.length === 0 && (
              <section aria-labelledby="ready-title" className="space-y-3">
                <h2 id="ready-title" className="text-xl font-semibold">
                  {t('readyTitle', { count: preview.rows.length })}
                </h2>
                <div className="table-scroll">
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('row')}</th>
                        <th scope="col">{tDelegations('name')}</th>
                        <th scope="col">{tDelegations('function')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.rows.map((r) => (
                        <tr key={r.row}>
                          <td>{r.row}</td>
                          <th scope="row">{r.fullName}</th>
                          <td>{tDelegations(`functionValue.${r.function}` as 'functionValue.head')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <input type="hidden" name="csv" value={preview.csv} />
                <SubmitButton pendingLabel={t('importing')} name="step" value="import">
                  {t('import', { count: preview.rows.length })}
                </SubmitButton>
              </section>
            )}
          </>
        );
      }}
    </ActionForm>
  );
}
