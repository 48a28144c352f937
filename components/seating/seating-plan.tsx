import { PLAN_HEIGHT, PLAN_WIDTH, TABLE, placeSeats, type SeatingLayout } from '@/lib/domain/seating';

type Seat = { code: string; protocolName: string; role: 'co_chair' | 'participant' };

type Props = {
  layout: SeatingLayout;
  seats: Seat[];
  title: string;
  description: string;
  headLabel: string;
};

const CX = PLAN_WIDTH / 2;
const CY = 360;

function TableShape({ layout }: { layout: SeatingLayout }) {
  const style = { fill: 'var(--color-navy-soft)', stroke: 'var(--color-navy)', strokeWidth: 3 };
  if (layout === 'round') return <circle cx={CX} cy={CY} r={TABLE.round.radius} {...style} />;
  if (layout === 'rectangular') {
    const { halfWidth, halfHeight } = TABLE.rectangular;
    return <rect x={CX - halfWidth} y={CY - halfHeight} width={halfWidth * 2} height={halfHeight * 2} rx={8} {...style} />;
  }
  const { halfWidth: w, armTop, armBottom } = TABLE.horseshoe;
  const inner = w - 60;
  // A U open towards the bottom of the plan: outer edge, then back along the inner edge.
  const d = [
    `M ${CX - w} ${armBottom}`,
    `L ${CX - w} ${armTop}`,
    `A ${w} ${w} 0 0 1 ${CX + w} ${armTop}`,
    `L ${CX + w} ${armBottom}`,
    `L ${CX + inner} ${armBottom}`,
    `L ${CX + inner} ${armTop}`,
    `A ${inner} ${inner} 0 0 0 ${CX - inner} ${armTop}`,
    `L ${CX - inner} ${armBottom}`,
    'Z',
  ].join(' ');
  return <path d={d} {...style} />;
}

/**
 * The plenary table as SVG: each seat numbered, with the delegation's flag and protocol
 * name beside it, co-chairs at the head (top). Drawn on the server; it scales to the
 * page and to one printed sheet.
 */
export function SeatingPlan({ layout, seats, title, description, headLabel }: Props) {
  const coChairs = seats.filter((s) => s.role === 'co_chair').length;
  const placements = placeSeats(layout, seats.length, coChairs);
  // Inside the table, just below the co-chairs' edge, clear of every seat label.
  const headY =
    layout === 'round' ? CY - TABLE.round.radius + 45 : layout === 'rectangular' ? CY - TABLE.rectangular.halfHeight + 40 : TABLE.horseshoe.armTop - 60;
  return (
    <svg
      viewBox={`0 0 ${PLAN_WIDTH} ${PLAN_HEIGHT}`}
      role="img"
      aria-labelledby="plan-title plan-desc"
      className="seating-plan h-auto w-full max-w-4xl rounded border border-rule bg-paper"
    >
      <title id="plan-title">{title}</title>
      <desc id="plan-desc">{description}</desc>
      <TableShape layout={layout} />
      <text x={CX} y={headY} textAnchor="middle" fontSize={18} fontWeight={600} fill="var(--color-navy)">
        {headLabel}
      </text>
      {placements.map((p, index) => {
        const seat = seats[index];
        const anchor = p.nx > 0.35 ? 'start' : p.nx < -0.35 ? 'end' : 'middle';
        const labelX = p.x + p.nx * 34;
        const labelY = p.y + p.ny * 34 + (anchor === 'middle' ? (p.ny > 0 ? 14 : -4) : 5);
        const flagX = anchor === 'start' ? labelX : anchor === 'end' ? labelX - 24 : labelX - 12;
        const flagY = anchor === 'middle' ? (p.ny > 0 ? labelY + 4 : labelY - 36) : labelY - 32;
        const coChair = seat.role === 'co_chair';
        return (
          <g key={seat.code} data-seat={p.number}>
            <circle cx={p.x} cy={p.y} r={20} fill={coChair ? 'var(--color-navy)' : 'white'} stroke="var(--color-navy)" strokeWidth={2} />
            <text x={p.x} y={p.y + 6} textAnchor="middle" fontSize={16} fontWeight={700} fill={coChair ? 'white' : 'var(--color-navy)'}>
              {p.number}
            </text>
            <image href={`/flags/${seat.code}.svg`} x={flagX} y={flagY} width={24} height={18} preserveAspectRatio="xMidYMid slice" />
            <text x={labelX} y={labelY} textAnchor={anchor} fontSize={15} fill="var(--color-ink)">
              {seat.protocolName}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
