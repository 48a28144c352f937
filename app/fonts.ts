import localFont from 'next/font/local';

// Fontsource splits each face into subsets. Latin and Latin Extended are loaded as two
// families and stacked in CSS, so names such as Çavuşoğlu or Søreide take their letters
// from the same typeface instead of a system fallback.
// The font loader reads these calls at build time, so every path is a literal.

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
});

export const fontVariables = [sansLatin, sansLatinExt, serifLatin, serifLatinExt]
  .map((font) => font.variable)
  .join(' ');
