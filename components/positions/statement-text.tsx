import Markdown from 'react-markdown';

/**
 * The Markdown subset statements are written in: paragraphs, lists, emphasis, strong and
 * line breaks. Any other construct is reduced to its text. Raw HTML is never rendered:
 * react-markdown escapes it (no rehype-raw here), so `<script>` typed into a statement is
 * shown as the characters `<script>`.
 */
const ALLOWED_ELEMENTS = ['p', 'ul', 'ol', 'li', 'em', 'strong', 'br'];

export function StatementText({ body }: { body: string }) {
  return (
    <div className="statement-text">
      <Markdown allowedElements={ALLOWED_ELEMENTS} unwrapDisallowed>
        {body}
      </Markdown>
    </div>
  );
}
