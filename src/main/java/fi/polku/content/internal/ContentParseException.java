package fi.polku.content.internal;

import fi.polku.content.ContentProblem;

/** A problem that stops one file from being read; the loader turns it into a {@link ContentProblem}. */
class ContentParseException extends RuntimeException {

    private final String file;
    private final int line;

    ContentParseException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    ContentProblem toProblem() {
        return ContentProblem.error(file, line, getMessage());
    }
}
