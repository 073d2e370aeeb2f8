package fi.polku.peerreview.internal;

/**
 * An upload turned out longer than its limit while it was being read. Checked, because a caller
 * that forgets it would show a stack trace where the learner should see "the file is too large".
 */
public class TooLargeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public TooLargeException(long maxBytes) {
        super("The content is longer than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
