import Link from 'next/link';
import { useTranslations } from '@/components/shell/use-translations';
import type { PositionMatrix as Matrix } from '@/db/queries/positions';

/** The secretariat's view: delegations (rows) by agenda item (columns), what reached it. */
export function PositionMatrix({ slug, matrix }: { slug: string; matrix: Matrix }) {
  const t = useTranslations('positions');
  return (
    <section aria-labelledby="matrix-title" className="space-y-2">
      <h2 id="matrix-title" className="text-lg font-semibold">{t('matrixTitle')}</h2>
      <p className="text-sm text-muted">{t('matrixIntro')}</p>
      <p data-testid="matrix-counts">{t('matrixCounts', matrix.counts)}</p>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby="matrix-title">
          <thead>
            <tr>
              <th scope="col">{t('delegation')}</th>
              {matrix.columns.map((column) => (
                <th key={column?.id ?? 'general'} scope="col" className="min-w-28">
                  {column ? (
                    <>
                      <span className="block">{t('itemNumber', { number: column.number })}</span>
                      <span className="block text-xs font-normal">{column.title}</span>
                    </>
                  ) : (
                    t('general')
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.protocolName}</th>
                {row.cells.map((cell, index) => (
                  <td key={index}>
                    {cell.length === 0 ? (
                      <span className="text-muted">
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">{t('matrixNone')}</span>
                      </span>
                    ) : (
                      <ul>
                        {cell.map((statement) => (
                          <li key={statement.id}>
                            <Link href={`/meetings/${slug}/positions/${statement.id}`}>{t(`matrixValue.${statement.visibility}`)}</Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
