'use client';

import { useTranslations } from '@/components/shell/use-translations';
import {
  createContext,
  use,
  useEffect,
  useRef,
  useState,
  useTransition,
  type DragEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { moveAgendaItem } from '@/app/meetings/[slug]/agenda/actions';

/** What the board needs of each item, in programme order. */
export type BoardItem = { id: number; title: string; day: string; dayLabel: string };

type Placement = 'before' | 'after';
type Control = 'up' | 'down';

type Board = {
  items: BoardItem[];
  pending: boolean;
  dragging: number | null;
  setDragging: (id: number | null) => void;
  move: (itemId: number, targetId: number, placement: Placement, control?: Control) => void;
  /** The button that should have focus once a move has been drawn. */
  refocusRef: RefObject<{ id: number; control: Control } | null>;
};

const BoardContext = createContext<Board | null>(null);

function useBoard(): Board {
  const board = use(BoardContext);
  if (!board) throw new Error('agenda controls must sit inside <AgendaBoard>');
  return board;
}

/**
 * The secretariat's programme: items reorder within their day by drag and drop or by the
 * keyboard (Move up / Move down), and each move is announced with the item's new place.
 * The order the page showed goes with every move, so a programme changed meanwhile is
 * reloaded rather than reshuffled blindly.
 */
export function AgendaBoard({ slug, items, children }: { slug: string; items: BoardItem[]; children: ReactNode }) {
  const t = useTranslations('agenda.reorder');
  const tValidation = useTranslations('validation');
  const [pending, startTransition] = useTransition();
  const [dragging, setDragging] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const refocusRef = useRef<{ id: number; control: Control } | null>(null);

  function move(itemId: number, targetId: number, placement: Placement, control?: Control) {
    if (pending) return;
    const item = items.find((i) => i.id === itemId);
    const target = items.find((i) => i.id === targetId);
    if (!item || !target || item === target) return;
    if (item.day !== target.day) {
      setAnnouncement(tValidation('moveWithinDay'));
      return;
    }
    const day = items.filter((i) => i.day === item.day);
    const rest = day.filter((i) => i !== item);
    const position = rest.indexOf(target) + (placement === 'after' ? 1 : 0) + 1;
    const from = day.indexOf(item) + 1;
    if (position === from) return;
    const form = new FormData();
    form.set('slug', slug);
    form.set('itemId', String(itemId));
    form.set('targetId', String(targetId));
    form.set('placement', placement);
    form.set('order', items.map((i) => i.id).join(','));
    refocusRef.current = control ? { id: itemId, control } : null;
    startTransition(async () => {
      const result = await moveAgendaItem(null, form);
      setAnnouncement(
        result?.ok
          ? t('moved', { title: item.title, direction: position < from ? 'up' : 'down', position, count: day.length, day: item.dayLabel })
          : tValidation(result?.message && tValidation.has(result.message) ? result.message : 'invalidInput'),
      );
    });
  }

  return (
    <BoardContext value={{ items, pending, dragging, setDragging, move, refocusRef }}>
      <p role="status" className={announcement ? 'rounded border-l-4 border-navy bg-navy-soft p-3 text-sm' : 'sr-only'}>
        {announcement}
      </p>
      {children}
    </BoardContext>
  );
}

/** An item of the board: a drop target for the item being dragged, on its own day. */
export function ReorderableItem({ id, className, children }: { id: number; className: string; children: ReactNode }) {
  const { dragging, items, move, setDragging } = useBoard();
  const [hint, setHint] = useState<Placement | null>(null);
  const sameDay = (other: number | null) =>
    other !== null && other !== id && items.find((i) => i.id === other)?.day === items.find((i) => i.id === id)?.day;

  const placementAt = (event: DragEvent<HTMLLIElement>): Placement => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };

  return (
    <li
      data-item-id={id}
      className={`${className} ${hint === 'before' ? 'border-t-4 border-t-navy' : ''} ${hint === 'after' ? 'border-b-4 border-b-navy' : ''}`}
      onDragOver={(event) => {
        if (!sameDay(dragging)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setHint(placementAt(event));
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHint(null);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setHint(null);
        if (dragging !== null && dragging !== id) move(dragging, id, placementAt(event));
        setDragging(null);
      }}
    >
      {children}
    </li>
  );
}

/**
 * The grip to drag an item by, for pointer users; the Move buttons do the same by keyboard,
 * so the grip itself stays out of the tab order and of what screen readers announce.
 */
export function DragHandle({ id }: { id: number }) {
  const t = useTranslations('agenda.reorder');
  const { setDragging } = useBoard();
  return (
    <span
      draggable
      aria-hidden="true"
      title={t('drag')}
      className="mr-2 inline-block cursor-grab select-none px-1 text-muted"
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', String(id));
        const card = event.currentTarget.closest('li');
        if (card) event.dataTransfer.setDragImage(card, 16, 16);
        setDragging(id);
      }}
      onDragEnd={() => setDragging(null)}
    >
      ⠿
    </span>
  );
}

/** Move up / Move down within the day, for keyboard users; focus stays with the moved item. */
export function MoveButtons({ id }: { id: number }) {
  const t = useTranslations('agenda.reorder');
  const { items, move, pending, refocusRef } = useBoard();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const item = items.find((i) => i.id === id)!;
  const day = items.filter((i) => i.day === item.day);
  const index = day.indexOf(item);
  const previous = day[index - 1];
  const next = day[index + 1];

  useEffect(() => {
    const wanted = refocusRef.current;
    if (pending || wanted?.id !== id) return;
    refocusRef.current = null;
    // React moves the item's node to its new place, which drops focus: give it back, to
    // the same button unless the item has reached the end of its day.
    const same = wanted.control === 'up' ? upRef.current : downRef.current;
    const other = wanted.control === 'up' ? downRef.current : upRef.current;
    (same && !same.disabled ? same : other)?.focus();
  }, [pending, id, previous, next, refocusRef]);

  const controls = [
    { control: 'up' as const, ref: upRef, neighbour: previous, placement: 'before' as const },
    { control: 'down' as const, ref: downRef, neighbour: next, placement: 'after' as const },
  ];
  return (
    <span className="inline-flex gap-2">
      {controls.map(({ control, ref, neighbour, placement }) => (
        <button
          key={control}
          ref={ref}
          type="button"
          className="button button-quiet"
          disabled={!neighbour}
          onClick={() => neighbour && move(id, neighbour.id, placement, control)}
        >
          {t(control)}
          <span className="sr-only">: {item.title}</span>
        </button>
      ))}
    </span>
  );
}
