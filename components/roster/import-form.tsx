'use client';

import { useLocale } from 'next-intl';
import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { importRoster, previewRosterImport, type ImportState } from '@/app/meetings/[slug]/delegations/[code]/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formatList } from '@/lib/domain/format-list';
import { errorsFor, messageOf } from '@/components/ui/action-state';
import { HiddenFields } from '@/components/ui/hidden-fields';

/**
 * Two steps: check the file (every row's problems, named by row and column), then import
 * it. The import button appears only when every row is valid, and the server checks again.
 */
export function ImportForm({ slug, code }: { slug: string; code: string }) {
  const t = useTranslations('rosterImport');
  const locale = useLocale();
  const tValidation = useTranslations('validation');
  const tDelegations = useTranslations('delegations');
  // One state for both steps, so that the latest answer is the one shown: a refused import
  // (the roster changed since the check) replaces the preview with its problems.
  const [state, formAction] = useActionState(
    (previous: ImportState, formData: FormData) =>
      (formData.has('csv') ? importRoster(previous, formData) : previewRosterImport(previous, formData)) as Promise<ImportState>,
    null,
  );
  const preview = state && 'preview' in state ? state.preview : undefined;
  const problem = (code: string) => (tValidation.has(code) ? tValidation(code) : tValidation('invalidInput'));
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-3">
        <HiddenFields fields={{ slug, code }} />
        <FormField name="file" type="file" accept=".csv,text/csv" label={t('file')} hint={t('fileHint')} errors={errorsFor(state, 'file')} />
        <SubmitButton pendingLabel={t('checking')}>{t('check')}</SubmitButton>
      </form>

      <FormMessage {...messageOf(state)} id="import-outcome" />

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

      {preview && preview.ignoredColumns.length > 0 && (
        <p className="text-sm text-muted">{t('ignoredColumns', { columns: formatList(preview.ignoredColumns, locale) })}</p>
      )}

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
          <form action={formAction}>
            <HiddenFields fields={{ slug, code, csv: preview.csv }} />
            <SubmitButton pendingLabel={t('importing')}>{t('import', { count: preview.rows.length })}</SubmitButton>
          </form>
        </section>
      )}
    </div>
  );
}
