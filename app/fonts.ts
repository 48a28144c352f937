import localFont from 'next/font/local';

// Fontsource splits each face into subsets. Latin and Latin Extended are loaded as two
// families and stacked in CSS, so names such as Çavuşoğlu or Søreide take their letters
// from the same typeface instead of a system fallback.
// The font loader reads these calls at build time, so every path (and range) is a literal.
// Only the Latin faces are preloaded (130 KB): the Latin Extended ones (218 KB) are fetched
// by a page that holds one of their letters (their unicode-range, Fontsource's own), not by
// every first visit.

export const sansLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff', weight: '400', style: 'italic' },
    { path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff', weight: '600', style: 'normal' },
    { path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff', weight: '700', style: 'normal' },
  ],
  variable: '--font-sans-latin',
  display: 'swap',
});

export const sansLatinExt = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-italic.woff', weight: '400', style: 'italic' },
    { path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff', weight: '600', style: 'normal' },
    { path: '../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-ext-700-normal.woff', weight: '700', style: 'normal' },
  ],
  variable: '--font-sans-latin-ext',
  display: 'swap',
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF' }],
});

export const serifLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff', weight: '600', style: 'normal' },
  ],
  variable: '--font-serif-latin',
  display: 'swap',
});

export const serifLatinExt = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff', weight: '600', style: 'normal' },
  ],
  variable: '--font-serif-latin-ext',
  display: 'swap',
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF' }],
});

export const fontVariables = [sansLatin, sansLatinExt, serifLatin, serifLatinExt]
  .map((font) => font.variable)
  .join(' ');
