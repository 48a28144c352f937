/**
 * A state's flag (flag-icons, served by /flags), decorative: the protocol name always
 * stands beside it, so screen readers skip the picture. A plain <img>: next/image would
 * add an inline style attribute, which the Content Security Policy refuses, and these SVG
 * files need no optimisation.
 */
export function Flag({ code, className = '' }: { code: string; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above
    <img
      src={`/flags/${code}.svg`}
      alt=""
      aria-hidden
      width={24}
      height={18}
      // Eager: a few hundred bytes each, and a printed plan must not wait for a scroll.
      loading="eager"
      className={`inline-block h-[18px] w-6 shrink-0 border border-rule object-cover align-[-3px] ${className}`}
    />
  );
}
