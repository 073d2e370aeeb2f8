package fi.polku.learning;

public enum EnrolResult {
    ENROLLED, ALREADY_ENROLLED, ENROLLED_IN_ANOTHER_COHORT, FULL, WRONG_KEY, CLOSED
}
