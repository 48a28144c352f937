/**
 * File names that say what the file is, for ministries' archives:
 * `vancouver-2018-co-chairs-summary.pdf`, `vancouver-2018-co-chairs-summary-draft-revision-7.pdf`.
 * A meeting's first document keeps the plain name; the others carry their running number
 * (`…-communique-2.pdf`), and a reissued text its `Rev.` (`…-communique-2-rev-1.pdf`), so
 * that no two documents of a meeting share a file name.
 */
export function documentFileName(
  slug: string,
  document: { kind: string; revision: number; number: number; reissue: number },
  variant: 'clean' | 'draft',
  extension: 'pdf' | 'docx',
  /** Other than the negotiating language (`fr`), or both (`bilingual`): the file says so. */
  printedIn: string | null = null,
): string {
  const kind = document.kind.replaceAll('_', '-');
  const number = document.number > 1 ? `-${document.number}` : '';
  const reissue = document.reissue > 0 ? `-rev-${document.reissue}` : '';
  const draft = variant === 'draft' ? `-draft-revision-${document.revision}` : '';
  const language = printedIn ? `-${printedIn}` : '';
  return `${slug}-${kind}${number}${reissue}${language}${draft}.${extension}`;
}

/** `vancouver-2018-programme.pdf`, `vancouver-2018-participants.csv` and the like. */
export function meetingFileName(slug: string, what: string, extension: string): string {
  return `${slug}-${what}.${extension}`;
}
