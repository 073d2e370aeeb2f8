package fi.polku.peerreview.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps attachments as files under a root directory that must lie outside anything served as
 * static content ({@code polku.attachments.dir}, by default {@code ./data/attachments}).
 *
 * <p>Keys look like {@code 3f/a2/3fa2…-uuid}: random, so nothing about a file can be guessed from
 * its key, and fanned out over two directory levels so no directory grows to millions of entries.
 * An upload is written to {@code tmp/} first and moved into place only once it is complete and
 * within its limit, so a reader never sees half a file and a refused upload leaves nothing.
 */
public final class FileSystemStorage implements FileStorage {

    private static final Pattern KEY = Pattern.compile(
            "[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path root;
    private final Path tmp;

    public FileSystemStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the attachment directory " + tmp, e);
        }
    }

    @Override
    public StoredFile store(InputStream content, long maxBytes) throws TooLargeException, IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        String key = newKey();
        Path part = Files.createTempFile(tmp, "upload-", ".part");
        boolean moved = false;
        try {
            MessageDigest sha256 = sha256();
            long size = copy(content, part, sha256, maxBytes);
            Path target = resolve(key);
            Files.createDirectories(target.getParent());
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            if (!moved) {
                Files.deleteIfExists(part);
            }
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** Never asks the stream for more than {@code maxBytes + 1} bytes: one more proves it is too long. */
    private static long copy(InputStream in, Path part, MessageDigest sha256, long maxBytes)
            throws IOException, TooLargeException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long size = 0;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
            while (true) {
                long remaining = maxBytes - size;
                int wanted = remaining >= buffer.length ? buffer.length : (int) remaining + 1;
                int read = in.read(buffer, 0, wanted);
                if (read < 0) {
                    break;
                }
                size += read;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                sha256.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            // Durable before it becomes visible: after a crash a key in the database points to whole bytes.
            out.force(true);
        }
        return size;
    }

    private static String newKey() {
        String id = UUID.randomUUID().toString();
        return id.substring(0, 2) + "/" + id.substring(2, 4) + "/" + id;
    }

    /** Only keys of the generated form map to paths, so no key can reach outside the root. */
    private Path resolve(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an attachment key: " + key);
        }
        return root.resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
