package fi.polku.peerreview.internal;

import fi.polku.peerreview.internal.FileStorage.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileSystemStorageTest {

    @TempDir
    Path root;

    @Test
    void returnsTheStoredBytesWithTheirSizeAndSha256() throws Exception {
        FileSystemStorage storage = new FileSystemStorage(root);
        byte[] bytes = randomBytes(200_000);

        StoredFile stored = storage.store(new ByteArrayInputStream(bytes), bytes.length);

        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        try (InputStream in = storage.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void storesAnEmptyStream() throws Exception {
        StoredFile stored = new FileSystemStorage(root).store(InputStream.nullInputStream(), 10);

        assertThat(stored.size()).isZero();
        assertThat(stored.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void givesEachFileANewRandomKeyUnderTheRoot() throws Exception {
        FileSystemStorage storage = new FileSystemStorage(root);

        StoredFile first = storage.store(new ByteArrayInputStream(new byte[] {1}), 10);
        StoredFile second = storage.store(new ByteArrayInputStream(new byte[] {1}), 10);

        assertThat(first.key()).isNotEqualTo(second.key())
                .matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");
        assertThat(root.resolve(first.key())).isRegularFile();
    }

    @Test
    void refusesAStreamOneByteOverTheLimitAndLeavesNoFileAnywhere() throws IOException {
        FileSystemStorage storage = new FileSystemStorage(root);
        byte[] bytes = randomBytes(100_001);

        assertThatExceptionOfType(TooLargeException.class)
                .isThrownBy(() -> storage.store(new ByteArrayInputStream(bytes), 100_000))
                .satisfies(e -> assertThat(e.maxBytes()).isEqualTo(100_000));
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void acceptsAStreamOfExactlyTheLimit() throws Exception {
        StoredFile stored = new FileSystemStorage(root).store(new ByteArrayInputStream(randomBytes(1000)), 1000);

        assertThat(stored.size()).isEqualTo(1000);
    }

    @Test
    void readsNoMoreThanOneByteBeyondTheLimit() throws IOException {
        CountingStream endless = new CountingStream();

        assertThatExceptionOfType(TooLargeException.class)
                .isThrownBy(() -> new FileSystemStorage(root).store(endless, 5000));
        assertThat(endless.read).isEqualTo(5001);
    }

    @Test
    void refusesKeysThatAreNotGeneratedOnes() {
        FileSystemStorage storage = new FileSystemStorage(root);

        for (String key : List.of("../x", "/etc/passwd", "ab/cd/../../../x", "tmp/upload-1.part", "",
                "ab/cd/00000000-0000-0000-0000-000000000000/../x")) {
            assertThatIllegalArgumentException().as(key).isThrownBy(() -> storage.open(key));
            assertThatIllegalArgumentException().as(key).isThrownBy(() -> storage.delete(key));
        }
    }

    @Test
    void reportsAMissingFileAsNoSuchFile() {
        FileSystemStorage storage = new FileSystemStorage(root);

        assertThatExceptionOfType(NoSuchFileException.class)
                .isThrownBy(() -> storage.open("ab/cd/abcd0000-0000-0000-0000-000000000000"));
    }

    @Test
    void deleteRemovesTheFileAndMayBeRepeated() throws Exception {
        FileSystemStorage storage = new FileSystemStorage(root);
        StoredFile stored = storage.store(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);

        storage.delete(stored.key());
        storage.delete(stored.key());

        assertThat(filesUnder(root)).isEmpty();
        assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> storage.open(stored.key()));
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** An upload that never ends, counting how much of it was asked for. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
