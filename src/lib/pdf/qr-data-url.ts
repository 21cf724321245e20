import 'server-only';
import QRCode from 'qrcode';

/** A PNG QR code as a data URL, ready for a pdfmake `{ image: ... }` or an `<img src>`. */
export function qrDataUrl(text: string, width = 240): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width });
}
