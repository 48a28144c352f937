'use client';

import { useTranslations } from '@/components/shell/use-translations';

/** A delegation's row as the table shows it. */
export type StanceTableRow = {
  code: string;
  delegation: string;
  stance: { kind: 'endorse' | 'reservation' | 'objection'; text: string; revision: number; earlier: boolean } | null;
};

/**
 * Every delegation's stance, drawn from data: as server-rendered elements the table was an
 * eighth of the demo document page's payload, twice what its rows' data weighs.
 */
export function StancesTable({ rows }: { rows: StanceTableRow[] }) {
  const t = useTranslations('drafting');
  return (
    <table className="data-table" data-testid="stances-table">
      <thead>
        <tr>
          <th scope="col">{t('stanceDelegation')}</th>
          <th scope="col">{t('stanceValue')}</th>
          <th scope="col">{t('stanceRevision')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ code, delegation, stance }) => (
          <tr key={code}>
            <th scope="row">{delegation}</th>
            <td>
              {stance ? (
                <>
                  <span className="font-semibold">{t(`stanceKind.${stance.kind}`)}</span>
                  {stance.text && <span className="block whitespace-pre-wrap text-sm">{stance.text}</span>}
                </>
              ) : (
                <span className="text-muted">{t('stanceNone')}</span>
              )}
            </td>
            <td>
              {stance && (
                <>
                  {stance.revision}
                  {stance.earlier && <span className="badge ml-2 text-amber-900">{t('stanceEarlier')}</span>}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
