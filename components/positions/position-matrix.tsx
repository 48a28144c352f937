import Link from 'next/link';
import { useTranslations } from '@/components/shell/use-translations';
import type { MatrixCell, PositionMatrix as Matrix } from '@/db/queries/positions';

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
                    <MatrixCellContent slug={slug} delegation={row.code} column={matrix.columns[index]} cell={cell} />
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

/**
 * A cell: a dash when empty, a link to the statement when there is one, else one link to
 * the list of its statements. A link for each statement made the secretariat's page of a
 * meeting of 193 delegations about 1 MB, most of it this table.
 */
function MatrixCellContent({ slug, delegation, column, cell }: { slug: string; delegation: string; column: Matrix['columns'][number]; cell: MatrixCell }) {
  const t = useTranslations('positions');
  if (cell.length === 0) {
    return (
      <>
        <span aria-hidden="true" className="text-muted">—</span>
        <span className="sr-only">{t('matrixNone')}</span>
      </>
    );
  }
  if (cell.length === 1) {
    return <Link href={`/meetings/${slug}/positions/${cell[0].id}`}>{t(`matrixValue.${cell[0].visibility}`)}</Link>;
  }
  const list = new URLSearchParams({ delegation, item: column ? String(column.id) : 'general' });
  const shared = cell.filter((statement) => statement.visibility === 'secretariat').length;
  return <Link href={`/meetings/${slug}/positions?${list}`}>{t('matrixSeveral', { count: cell.length, shared })}</Link>;
}
