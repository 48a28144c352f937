export type WordChange = { text: string; kind: 'same' | 'added' | 'removed' };

export type WordComparison = { changes: WordChange[]; added: number; removed: number };

/** A word (letters of any script, digits, combining marks) or one punctuation mark. */
const TOKEN = /[\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_]/gu;

/**
 * The most table cells the comparison of two texts' differing middles may take (8 MB). Two
 * paragraphs of the 4,000-character limit take at most about half of it; beyond it, in a
 * wholesale rewrite of a very long statement, the middle is shown as removed, then added.
 */
const MAX_CELLS = 4_000_000;

type Token = { word: string; start: number; end: number };
type SameStep = { kind: 'same'; i: number; j: number };
type Step = SameStep | { kind: 'removed'; i: number } | { kind: 'added'; j: number };

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function tokens(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * The steps from `a` to `b` keeping their longest common subsequence. Texts under
 * negotiation mostly share a beginning and an end, which are matched first; the rest is
 * a table of common-subsequence lengths.
 */
function align(a: Int32Array, b: Int32Array): Step[] {
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > first && endB > first && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const steps: Step[] = [];
  for (let k = 0; k < first; k += 1) steps.push({ kind: 'same', i: k, j: k });
  const n = endA - first;
  const m = endB - first;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    for (let i = first; i < endA; i += 1) steps.push({ kind: 'removed', i });
    for (let j = first; j < endB; j += 1) steps.push({ kind: 'added', j });
  } else {
    // common[x * (m + 1) + y]: the longest common subsequence of a's middle from x and b's from y.
    const width = m + 1;
    const common = new Uint16Array((n + 1) * width);
    for (let x = n - 1; x >= 0; x -= 1) {
      for (let y = m - 1; y >= 0; y -= 1) {
        common[x * width + y] =
          a[first + x] === b[first + y]
            ? common[(x + 1) * width + y + 1] + 1
            : Math.max(common[(x + 1) * width + y], common[x * width + y + 1]);
      }
    }
    let x = 0;
    let y = 0;
    while (x < n || y < m) {
      if (x < n && y < m && a[first + x] === b[first + y]) {
        steps.push({ kind: 'same', i: first + x, j: first + y });
        x += 1;
        y += 1;
      } else if (y === m || (x < n && common[(x + 1) * width + y] >= common[x * width + y + 1])) {
        steps.push({ kind: 'removed', i: first + x });
        x += 1;
      } else {
        steps.push({ kind: 'added', j: first + y });
        y += 1;
      }
    }
  }
  for (let k = 0; k < a.length - endA; k += 1) steps.push({ kind: 'same', i: endA + k, j: endB + k });
  return steps;
}

/**
 * Folds an unchanged stretch into the edits around it when it is no longer than the edit on
 * either side (diff-match-patch's "semantic cleanup", in characters). A rewritten sentence
 * then reads as one deletion and one insertion rather than as struck fragments between the
 * few words, "the" and "of", that both texts happen to contain. Each edit comes out as all
 * its removed words, then all its added ones.
 */
function foldShortEqualities(steps: Step[], oldTokens: Token[], newTokens: Token[]): Step[] {
  type Edit = { removed: number[]; added: number[] };
  const runs: Array<SameStep[] | Edit> = [];
  for (const step of steps) {
    const last = runs.at(-1);
    if (step.kind === 'same') {
      if (Array.isArray(last)) last.push(step);
      else runs.push([step]);
    } else {
      const edit = last === undefined || Array.isArray(last) ? { removed: [], added: [] } : last;
      if (edit !== last) runs.push(edit);
      if (step.kind === 'removed') edit.removed.push(step.i);
      else edit.added.push(step.j);
    }
  }
  // A word and the space after it.
  const length = (indexes: number[], tokens: Token[]) => indexes.reduce((sum, k) => sum + tokens[k].word.length + 1, 0);
  const size = (edit: Edit) => Math.max(length(edit.removed, oldTokens), length(edit.added, newTokens));
  const kept: Array<SameStep[] | Edit> = [];
  for (const run of runs) {
    kept.push(run);
    while (kept.length >= 3) {
      const [before, same, after] = kept.slice(-3);
      if (Array.isArray(before) || !Array.isArray(same) || Array.isArray(after)) break;
      const shared = length(same.map((step) => step.j), newTokens);
      if (shared > size(before) || shared > size(after)) break;
      kept.splice(-3, 3, {
        removed: [...before.removed, ...same.map((step) => step.i), ...after.removed],
        added: [...before.added, ...same.map((step) => step.j), ...after.added],
      });
    }
  }
  return kept.flatMap((run): Step[] =>
    Array.isArray(run)
      ? run
      : [...run.removed.map((i) => ({ kind: 'removed' as const, i })), ...run.added.map((j) => ({ kind: 'added' as const, j }))],
  );
}

/** Comparisons kept: a long text under negotiation shows a few hundred redlines at once. */
const REMEMBERED = 2000;
const remembered = new Map<string, WordComparison>();

/**
 * The word-by-word difference from `older` to `newer`, with how many words were added and
 * removed. Whitespace changes alone do not count as changes. The unchanged and added parts
 * read in order give `newer` exactly; a removed part carries the space that followed it in
 * `older`, so that struck words never run into the next.
 *
 * A text is read far more often than it changes, so the latest comparisons are kept (the
 * result depends on the two texts alone) and shared: callers must not change them.
 */
export function compareWords(older: string, newer: string): WordComparison {
  const key = `${older}\u0000${newer}`;
  const known = remembered.get(key);
  if (known) {
    // Most recently used last, so the oldest is the first to go.
    remembered.delete(key);
    remembered.set(key, known);
    return known;
  }
  const comparison = compare(older, newer);
  remembered.set(key, comparison);
  if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
  return comparison;
}

function compare(older: string, newer: string): WordComparison {
  const oldTokens = tokens(older);
  const newTokens = tokens(newer);
  // Words as numbers: the table compares them hundreds of times each.
  const ids = new Map<string, number>();
  const idsOf = (list: Token[]) => Int32Array.from(list, (t) => ids.get(t.word) ?? ids.set(t.word, ids.size).size - 1);
  const steps = foldShortEqualities(align(idsOf(oldTokens), idsOf(newTokens)), oldTokens, newTokens);

  const changes: WordChange[] = [];
  const emit = (kind: WordChange['kind'], text: string) => {
    if (!text) return;
    const last = changes.at(-1);
    if (last?.kind === kind) last.text += text;
    else changes.push({ kind, text });
  };
  // How far `newer` has been given out.
  let shown = 0;
  steps.forEach((step, index) => {
    if (step.kind === 'removed') {
      // The space before a run of changes stays unchanged, ahead of it.
      if (steps[index - 1]?.kind !== 'removed') {
        let next = index;
        while (steps[next]?.kind === 'removed') next += 1;
        const following = steps[next];
        const upTo = following && following.kind !== 'removed' ? newTokens[following.j].start : newer.length;
        emit('same', newer.slice(shown, upTo));
        shown = upTo;
      }
      const token = oldTokens[step.i];
      // Where the newer text has no space before the struck words ("open," for "open should"), they take the older one.
      const from = /\S$/.test(changes.at(-1)?.text ?? '') ? (oldTokens[step.i - 1]?.end ?? 0) : token.start;
      emit('removed', older.slice(from, oldTokens[step.i + 1]?.start ?? older.length));
      return;
    }
    const token = newTokens[step.j];
    if (step.kind === 'added' && steps[index - 1]?.kind !== 'added') {
      emit('same', newer.slice(shown, token.start));
      shown = token.start;
    }
    emit(step.kind, newer.slice(shown, token.end));
    shown = token.end;
  });
  emit('same', newer.slice(shown));

  const total = (kind: WordChange['kind']) =>
    changes.filter((c) => c.kind === kind).reduce((sum, c) => sum + countWords(c.text), 0);
  return { changes, added: total('added'), removed: total('removed') };
}
