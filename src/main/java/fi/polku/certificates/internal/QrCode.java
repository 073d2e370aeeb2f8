package fi.polku.certificates.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.openpdf.text.pdf.PdfContentByte;

import java.util.Map;

/**
 * A QR code drawn as vector rectangles, so it stays sharp at any zoom or print resolution. Error
 * correction M survives a crease or a coffee ring; the quiet zone is painted white so the paper tint
 * and the frame cannot confuse a reader.
 */
public final class QrCode {

    /** Receives one rectangle of dark modules, in page units. */
    @FunctionalInterface
    public interface Run {
        void rectangle(float x, float y, float width, float height);
    }

    private static final int QUIET_MODULES = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    public static QrCode of(String content) {
        try {
            return new QrCode(new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + content, e);
        }
    }

    /** Draws the code with its quiet zone inside the square whose lower-left corner is (x, y). */
    void draw(PdfContentByte canvas, float x, float y, float size) {
        canvas.saveState();
        canvas.setRGBColorFill(255, 255, 255);
        canvas.rectangle(x, y, size, size);
        canvas.fill();
        canvas.setRGBColorFill(0, 0, 0);
        forEachRun(x, y, size, canvas::rectangle);
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * The dark modules of the square whose lower-left corner is (x, y), quiet zone included, as
     * horizontal runs: one rectangle a run means fewer operators and no hairline seams between modules.
     */
    public void forEachRun(float x, float y, float size, Run run) {
        int count = modules.getWidth();
        float module = size / (count + 2 * QUIET_MODULES);
        float left = x + QUIET_MODULES * module;
        float top = y + size - QUIET_MODULES * module;
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < count && modules.get(column, row)) {
                    column++;
                }
                run.rectangle(left + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
    }
}
