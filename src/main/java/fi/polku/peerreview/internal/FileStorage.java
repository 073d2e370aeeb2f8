package fi.polku.peerreview.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment bytes live. Everything else about an attachment (its safe display name, media
 * type, owner) lives in the database, so a store only ever sees opaque keys it generated itself:
 * no user input reaches a path or an object key.
 *
 * <p>An S3-compatible implementation maps it one to one: the key is the object key in a private
 * bucket; {@link #store} is a PUT (or a multipart upload) whose body is cut off after
 * {@code maxBytes + 1} bytes, so the limit holds even when the client lied about the length, and
 * whose object is removed (or its multipart upload aborted) when the limit is exceeded;
 * {@link #open} is a GET, answering {@link java.nio.file.NoSuchFileException} for a 404;
 * {@link #delete} is a DELETE, which S3 already treats as done when the object is gone. Ask for
 * server-side encryption and never hand out presigned or public URLs: files are always served
 * through Polku's access checks. See {@code docs/STORAGE.md}.
 */
public interface FileStorage {

    /**
     * Stores the stream under a new key. Reads at most {@code maxBytes + 1} bytes and, when the
     * stream is longer than {@code maxBytes}, refuses and leaves no partial data behind. Does not
     * close the stream: whoever opened it closes it.
     */
    StoredFile store(InputStream content, long maxBytes) throws TooLargeException, IOException;

    /**
     * Opens a stored file for reading; the caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException when nothing is stored under the key
     * @throws IllegalArgumentException when the key is not one this store could have generated
     */
    InputStream open(String key) throws IOException;

    /**
     * Removes a stored file; removing one that is already gone is not an error, so a retried
     * clean-up succeeds.
     *
     * @throws IllegalArgumentException when the key is not one this store could have generated
     */
    void delete(String key) throws IOException;

    /** What the store kept: its key, its length in bytes and its SHA-256 (lowercase hex). */
    record StoredFile(String key, long size, String sha256) {}
}
