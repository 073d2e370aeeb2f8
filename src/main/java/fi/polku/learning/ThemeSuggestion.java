package fi.polku.learning;

/** A development theme the survey answers point to, with how many answers point there. */
public record ThemeSuggestion(String id, String title, String description, int votes) {
}
