/**
 * File names that say what the file is, for ministries' archives:
 * `vancouver-2018-co-chairs-summary.pdf`, `vancouver-2018-co-chairs-summary-draft-revision-7.pdf`.
 */
export function documentFileName(
  slug: string,
  document: { kind: string; revision: number },
  variant: 'clean' | 'draft',
  extension: 'pdf' | 'docx',
): string {
  const kind = document.kind.replaceAll('_', '-');
  const draft = variant === 'draft' ? `-draft-revision-${document.revision}` : '';
  return `${slug}-${kind}${draft}.${extension}`;
}

/** `vancouver-2018-programme.pdf`, `vancouver-2018-participants.csv` and the like. */
export function meetingFileName(slug: string, what: string, extension: string): string {
  return `${slug}-${what}.${extension}`;
}
