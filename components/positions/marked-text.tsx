import { markedSegments } from '@/lib/domain/search-marks';

/** A search title or snippet with its matches in <mark>; everything is rendered as text. */
export function MarkedText({ marked }: { marked: string }) {
  return (
    <>
      {markedSegments(marked).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
