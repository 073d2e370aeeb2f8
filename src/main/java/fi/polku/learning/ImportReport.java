package fi.polku.learning;

import java.util.List;

/** What a class-list import did: who was enrolled, and each bad row with its line number. */
public record ImportReport(int enrolled, int alreadyEnrolled, int invited, List<Problem> problems) {

    public record Problem(int line, String message) {
    }
}
