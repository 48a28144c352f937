'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { checkInCode, type CheckInState, type ScanResult } from '@/app/meetings/[slug]/check-in/actions';
import { Flag } from '@/components/delegations/flag';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

type Detect = (video: HTMLVideoElement) => Promise<string | null>;

/**
 * Reads a QR code from the camera's picture: the browser's own BarcodeDetector where it has
 * one (Chrome on Android), otherwise jsQR on a canvas copy of the frame (Safari, Firefox).
 */
async function qrReader(): Promise<Detect> {
  const Native = (globalThis as { BarcodeDetector?: new (options: { formats: string[] }) => { detect: (source: CanvasImageSource) => Promise<{ rawValue: string }[]> } }).BarcodeDetector;
  if (Native) {
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return async (video) => {
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height)?.data ?? null;
  };
}

const scanOf = (state: CheckInState): ScanResult | null => (state && state.ok && 'scan' in state ? state.scan : null);

/** The door's desk: scan a badge with the camera or type its code; the answer fills the screen, green or red. */
export function CheckInDesk({ slug }: { slug: string }) {
  const t = useTranslations('checkIn');
  const [scanning, setScanning] = useState(false);
  const [cameraError, setCameraError] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        const element = video.current!;
        element.srcObject = stream;
        await element.play();
        const read = await qrReader();
        while (!stopped) {
          const code = element.readyState >= 2 ? await read(element) : null;
          if (code) {
            codeField(form).value = code;
            form.current!.requestSubmit();
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      } catch {
        setCameraError(true);
      }
      if (!stopped) setScanning(false);
    })();
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning]);

  return (
    // A scan is answered by the verdict below the field; only a refusal is worded.
    <ActionForm action={checkInCode} formRef={form} className="space-y-6" fields={{ slug }} outcome={(state) => (state?.ok === false ? { code: state.message, tone: 'error' } : null)}>
      {(state: CheckInState) => (
        <>
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-72 flex-1">
              <FormField name="code" label={t('codeLabel')} hint={t('codeHint')} autoComplete="off" autoFocus />
            </div>
            <div className="mb-6 flex gap-3">
              <SubmitButton pendingLabel={t('checking')}>{t('checkIn')}</SubmitButton>
              <button
                type="button"
                className="button button-quiet"
                aria-pressed={scanning}
                onClick={() => {
                  setCameraError(false);
                  setScanning((on) => !on);
                }}
              >
                {scanning ? t('stopCamera') : t('scan')}
              </button>
            </div>
          </div>
          {scanning && <video ref={video} className="max-h-80 w-full max-w-md border border-rule bg-black" muted playsInline aria-label={t('cameraLabel')} />}
          {cameraError && <p className="font-semibold text-red-800">{t('cameraUnavailable')}</p>}
          <Verdict scan={scanOf(state)} form={form} />
        </>
      )}
    </ActionForm>
  );
}

const codeField = (form: RefObject<HTMLFormElement | null>) => form.current!.elements.namedItem('code') as HTMLInputElement;

/** The answer to the last scan, green, amber or red, announced at once. */
function Verdict({ scan, form }: { scan: ScanResult | null; form: RefObject<HTMLFormElement | null> }) {
  const t = useTranslations('checkIn');
  // Ready for the next badge: the code field empties and takes the focus (a hand scanner types into it).
  useEffect(() => {
    if (!scan) return;
    codeField(form).value = '';
    codeField(form).focus();
  }, [scan, form]);
  const green = scan?.outcome === 'admitted';
  return (
    <div role="status" aria-live="assertive" aria-atomic="true">
      {scan && (
        <section
          aria-label={scan.verdict}
          data-outcome={scan.outcome}
          className={`rounded-lg border-8 p-6 ${green ? 'border-green-700 bg-green-50' : scan.outcome === 'already' ? 'border-amber-600 bg-amber-50' : 'border-red-700 bg-red-50'}`}
        >
          <p className={`text-4xl font-bold ${green ? 'text-green-900' : scan.outcome === 'already' ? 'text-amber-900' : 'text-red-900'}`}>{scan.verdict}</p>
          {scan.holder && (
            <div className="mt-4 flex flex-wrap gap-6">
              {scan.holder.photo ? (
                // eslint-disable-next-line @next/next/no-img-element -- an inline data: URL of the badge photo
                <img src={scan.holder.photo} alt={t('photoOf', { name: scan.holder.fullName })} width={192} height={240} className="h-60 w-48 border border-rule object-cover" />
              ) : (
                <p className="flex h-60 w-48 items-center justify-center border border-dashed border-rule text-center">{t('noPhoto')}</p>
              )}
              <div className="space-y-2 text-2xl">
                <p className="text-3xl font-bold">{scan.holder.fullName}</p>
                <p className="flex items-center gap-3">
                  <Flag code={scan.holder.delegation.code} />
                  {scan.holder.delegation.protocolName}
                </p>
                <p>{scan.holder.functionLabel}</p>
                <p className="flex items-center gap-3">
                  <svg aria-hidden width="24" height="24">
                    <rect width="24" height="24" fill={scan.holder.categoryColour} />
                  </svg>
                  {scan.holder.categoryLabel}
                </p>
                <p>{scan.holder.zones.length > 0 ? t('zones', { zones: scan.holder.zones.join(', ') }) : t('noZones')}</p>
              </div>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
