import 'server-only';
import sharp, { type Metadata, type Sharp } from 'sharp';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MIN_PHOTO = { width: 400, height: 500 } as const;
/** Width ÷ height of a passport-style face photo (35 × 45 mm is 0.78), with some latitude. */
const ASPECT = { min: 0.7, max: 0.85 } as const;
/** What every stored photo becomes: the badge prints it at about 20 × 25 mm, so 480 × 600 is 600 dpi. */
export const STORED_PHOTO = { width: 480, height: 600 } as const;

/** Why a photo was refused: a `validation` catalogue code. */
export type PhotoProblem = 'photoTooLarge' | 'photoNotImage' | 'photoTooSmall' | 'photoAspect';

export class PhotoRefused extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(problem);
    this.name = 'PhotoRefused';
  }
}

/**
 * The badge photo made from an upload: checked for what the bytes really are (sharp reads
 * the file's own header, not its name or declared type), large enough and face-shaped,
 * then re-encoded as a 480 × 600 JPEG. Re-encoding keeps no EXIF, GPS or ICC metadata and
 * no payload hidden after the image data. Throws PhotoRefused.
 */
export async function prepareMemberPhoto(upload: Uint8Array): Promise<Buffer> {
  if (upload.byteLength > MAX_PHOTO_BYTES) throw new PhotoRefused('photoTooLarge');
  let image: Sharp;
  let metadata: Metadata;
  try {
    // limitInputPixels: a small file that claims a huge size (a decompression bomb) is refused, not decoded.
    image = sharp(upload, { limitInputPixels: 40_000_000, failOn: 'error' });
    metadata = await image.metadata();
  } catch {
    throw new PhotoRefused('photoNotImage');
  }
  if (metadata.format !== 'jpeg' && metadata.format !== 'png') throw new PhotoRefused('photoNotImage');
  // A phone's portrait photo is stored landscape with an EXIF orientation: measure it upright.
  const upright = (metadata.orientation ?? 1) >= 5;
  const width = upright ? metadata.height : metadata.width;
  const height = upright ? metadata.width : metadata.height;
  if (width < MIN_PHOTO.width || height < MIN_PHOTO.height) throw new PhotoRefused('photoTooSmall');
  const aspect = width / height;
  if (aspect < ASPECT.min || aspect > ASPECT.max) throw new PhotoRefused('photoAspect');
  try {
    return await image
      .rotate()
      .resize(STORED_PHOTO.width, STORED_PHOTO.height, { fit: 'cover', position: 'attention' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer();
  } catch {
    // Truncated or corrupt image data that the header did not give away.
    throw new PhotoRefused('photoNotImage');
  }
}
