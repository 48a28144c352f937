import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, prepareMemberPhoto, PhotoRefused, STORED_PHOTO } from './member-photo';

const photo = (width: number, height: number, format: 'jpeg' | 'png' = 'jpeg') =>
  sharp({ create: { width, height, channels: 3, background: '#7a9cc6' } })[format]().toBuffer();

async function refusal(upload: Uint8Array): Promise<string> {
  try {
    await prepareMemberPhoto(upload);
  } catch (error) {
    if (error instanceof PhotoRefused) return error.problem;
    throw error;
  }
  throw new Error('accepted');
}

describe('prepareMemberPhoto', () => {
  it('re-encodes a JPEG or PNG face photo as a 480 × 600 JPEG', async () => {
    for (const format of ['jpeg', 'png'] as const) {
      const stored = await prepareMemberPhoto(await photo(800, 1000, format));
      const metadata = await sharp(stored).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', STORED_PHOTO.width, STORED_PHOTO.height]);
    }
  });

  it('keeps none of the upload’s metadata', async () => {
    const withExif = await sharp(await photo(800, 1000))
      .withExif({ IFD0: { Artist: 'Delegation photographer', Copyright: 'Secret location' } })
      .jpeg()
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const stored = await prepareMemberPhoto(withExif);
    const metadata = await sharp(stored).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('Secret location'))).toBe(false);
  });

  it('measures a phone photo upright, as its orientation says', async () => {
    // Stored landscape, shown portrait: 1000 × 800 with orientation 6 is an 800 × 1000 portrait.
    const rotated = await sharp(await photo(1000, 800)).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const metadata = await sharp(await prepareMemberPhoto(rotated)).metadata();
    expect([metadata.width, metadata.height]).toEqual([480, 600]);
  });

  it('refuses a file that is not an image, whatever it is called', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    expect(await refusal(pdf)).toBe('photoNotImage');
    const gif = await sharp({ create: { width: 400, height: 500, channels: 3, background: '#000' } }).gif().toBuffer();
    expect(await refusal(gif)).toBe('photoNotImage');
  });

  it('refuses a truncated JPEG', async () => {
    const whole = await photo(800, 1000);
    expect(await refusal(whole.subarray(0, 400))).toBe('photoNotImage');
  });

  it('refuses a photo over 5 MB before decoding it', async () => {
    expect(await refusal(new Uint8Array(MAX_PHOTO_BYTES + 1))).toBe('photoTooLarge');
  });

  it('refuses one smaller than 400 × 500 pixels', async () => {
    expect(await refusal(await photo(100, 100))).toBe('photoTooSmall');
    expect(await refusal(await photo(399, 500))).toBe('photoTooSmall');
  });

  it('refuses a landscape or square picture', async () => {
    expect(await refusal(await photo(1000, 800))).toBe('photoAspect');
    expect(await refusal(await photo(600, 600))).toBe('photoAspect');
  });
});
