package fi.polku.content;

import java.util.List;

public record PartSummary(String id, String title, List<LessonSummary> lessons) {

    public int estimatedMinutes() {
        return lessons.stream().mapToInt(LessonSummary::estimatedMinutes).sum();
    }
}
