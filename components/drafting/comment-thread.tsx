'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { Disclosure } from '@/components/ui/disclosure';
import { CommentForm, type CommentTarget } from './comment-form';

/** A comment as the thread shows it; the time is formatted on the server, in the meeting's zone. */
export type ThreadComment = { id: number; authorName: string; affiliation: string | null; body: string; at: string };

/** A thread of comments on a paragraph or an amendment, and the box to add one. */
export function CommentThread({
  ids,
  target,
  comments,
  defaultOpen = false,
}: {
  ids: { slug: string; documentId: number };
  target: CommentTarget;
  comments: ThreadComment[];
  /** Open from the start, as when the paragraph's menu asked for a comment. */
  defaultOpen?: boolean;
}) {
  const t = useTranslations('drafting');
  const label = t('comments', { count: comments.length });
  return (
    <Disclosure className="comment-thread" summaryClassName="" summary={label} defaultOpen={defaultOpen}>
      <CommentList ids={ids} target={target} comments={comments} label={label} />
    </Disclosure>
  );
}

/** The thread's content, drawn when it first opens: every paragraph and amendment has a thread. */
function CommentList({
  ids,
  target,
  comments,
  label,
}: {
  ids: { slug: string; documentId: number };
  target: CommentTarget;
  comments: ThreadComment[];
  label: string;
}) {
  const t = useTranslations('drafting');
  return (
    <>
      <ol className="my-2 space-y-2" aria-label={label}>
        {comments.map((c) => (
          <li key={c.id} className="rounded bg-wash p-2" data-testid="comment">
            <p className="font-semibold">
              {c.authorName} · {c.affiliation ?? t('secretariatAuthor')} <span className="font-normal text-muted">{c.at}</span>
            </p>
            <p className="whitespace-pre-wrap">{c.body}</p>
          </li>
        ))}
      </ol>
      <CommentForm ids={ids} target={target} />
    </>
  );
}
