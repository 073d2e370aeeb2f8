package fi.polku.content;

import fi.polku.content.internal.ContentLoader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar polku.jar --validate DIR}: checks a content directory the way the app loads it
 * and prints each problem as {@code file:line: message}, without starting the server or touching
 * a database. Exits 1 when there is any error, 0 otherwise (warnings are printed but pass).
 */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    public static int run(Path dir, PrintStream out) {
        List<ContentProblem> problems = ContentLoader.validate(dir);
        String prefix = dir.toString().endsWith("/") ? dir.toString() : dir + "/";
        for (ContentProblem p : problems) {
            out.println(prefix + p);
        }
        long errors = problems.stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
        out.println(errors == 0 ? "OK: no errors (" + (problems.size() - errors) + " warning(s))"
                : errors + " error(s), " + (problems.size() - errors) + " warning(s)");
        return errors == 0 ? 0 : 1;
    }
}
