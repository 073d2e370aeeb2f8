package fi.polku.content;

/**
 * Something wrong in a course's files, with where it is. {@code file} is relative to the content
 * directory; {@code line} is 1-based.
 */
public record ContentProblem(String file, int line, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static ContentProblem error(String file, int line, String message) {
        return new ContentProblem(file, line, Severity.ERROR, message);
    }

    public static ContentProblem warning(String file, int line, String message) {
        return new ContentProblem(file, line, Severity.WARNING, message);
    }

    /** The form authors and their CI read: {@code file:line: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
