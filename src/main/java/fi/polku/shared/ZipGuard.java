package fi.polku.shared;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses decompression bombs among zip-based uploads (.docx, .xlsx, .pptx, .odt …) by streaming
 * through every entry once, inflating into a small reused buffer and counting, never into memory:
 * it stops at the first entry past the count, the first byte past the total, or an entry that
 * inflates more than {@code maxRatio} times its compressed size. The counts are of bytes actually
 * inflated, so sizes a hostile zip declares in its headers fool nothing.
 *
 * <p>One level of nesting is allowed and checked against the same budget, because office files
 * embed one another (a chart's workbook inside a presentation); a zip inside that is refused.
 */
public final class ZipGuard {

    /** For attachments of a few megabytes: no real office file comes near these. */
    public static final ZipGuard DEFAULT = new ZipGuard(10_000, 200L * 1024 * 1024, 100);

    private static final int MAX_DEPTH = 1;

    /** Below this many inflated bytes an entry's ratio is not judged: small XML parts compress well. */
    private static final long RATIO_FLOOR = 1024 * 1024;

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

    private final int maxEntries;
    private final long maxInflated;
    private final int maxRatio;

    public ZipGuard(int maxEntries, long maxInflated, int maxRatio) {
        this.maxEntries = maxEntries;
        this.maxInflated = maxInflated;
        this.maxRatio = maxRatio;
    }

    /**
     * Reads the whole archive and returns normally when it is within every limit; otherwise
     * throws {@link UploadRefused} with {@code upload.archive-too-many-entries},
     * {@code upload.archive-too-large}, {@code upload.archive-ratio}, {@code upload.archive-nested}
     * or {@code upload.archive-broken}. Does not close the stream.
     */
    public void check(InputStream in) {
        try {
            if (check(in, 0, new Budget()) == 0) {
                throw new UploadRefused("upload.archive-broken");
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: ZipInputStream's answer to an entry name that is not valid UTF-8.
            throw new UploadRefused("upload.archive-broken");
        }
    }

    private static final class Budget {
        int entries;
        long inflated;
    }

    private int check(InputStream in, int depth, Budget budget) throws IOException {
        Counting compressed = new Counting(in);
        ZipInputStream zip = new ZipInputStream(compressed);
        byte[] buffer = new byte[16 * 1024];
        int entries = 0;
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            entries++;
            if (++budget.entries > maxEntries) {
                throw new UploadRefused("upload.archive-too-many-entries", maxEntries);
            }
            long compressedAtStart = compressed.count;
            Entry content = new Entry(zip, budget, compressed, compressedAtStart);
            byte[] head = content.readNBytes(LOCAL_HEADER.length);
            if (Arrays.equals(head, LOCAL_HEADER)) {
                if (depth >= MAX_DEPTH) {
                    throw new UploadRefused("upload.archive-nested");
                }
                check(new SequenceInputStream(new ByteArrayInputStream(head), content), depth + 1, budget);
            }
            content.skipAll(buffer);
        }
        return entries;
    }

    /** Counts the compressed bytes the zip reader takes from below. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }

    /** One entry's inflated bytes, charged to the budget as they come and judged at every read. */
    private final class Entry extends InputStream {
        private final ZipInputStream zip;
        private final Budget budget;
        private final Counting compressed;
        private final long compressedAtStart;
        private long inflated;

        Entry(ZipInputStream zip, Budget budget, Counting compressed, long compressedAtStart) {
            this.zip = zip;
            this.budget = budget;
            this.compressed = compressed;
            this.compressedAtStart = compressedAtStart;
        }

        void skipAll(byte[] buffer) throws IOException {
            while (read(buffer, 0, buffer.length) >= 0) {
                continue;
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = zip.read(b, off, len);
            if (n > 0) {
                inflated += n;
                budget.inflated += n;
                if (budget.inflated > maxInflated) {
                    throw new UploadRefused("upload.archive-too-large", UploadGuard.megabytes(maxInflated));
                }
                long taken = Math.max(1, compressed.count - compressedAtStart);
                if (inflated > RATIO_FLOOR && inflated / taken > maxRatio) {
                    throw new UploadRefused("upload.archive-ratio", maxRatio);
                }
            }
            return n;
        }
    }
}
