import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatementText } from './statement-text';

const render = (body: string) => renderToStaticMarkup(createElement(StatementText, { body }));

describe('a statement’s text', () => {
  it('renders paragraphs, lists, emphasis and strong', () => {
    expect(render('One *two* **three**\n\n- a\n- b\n\n1. first')).toBe(
      '<div class="statement-text"><p>One <em>two</em> <strong>three</strong></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>first</li>\n</ol></div>',
    );
  });

  it('shows typed HTML and script as text, never as markup', () => {
    const html = render('Before <script>alert(1)</script> <img src=x onerror="alert(2)">\n\n<div onclick="x()">block</div>');
    expect(html).not.toMatch(/<script|<img|<div onclick/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('reduces links, images and headings to their text', () => {
    const html = render('# Heading\n\n[click](javascript:alert(1)) and ![alt](x.png)');
    expect(html).not.toMatch(/<a |<img|<h1|javascript:/);
    expect(html).toContain('Heading');
    expect(html).toContain('click and');
  });
});
