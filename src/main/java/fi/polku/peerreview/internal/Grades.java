package fi.polku.peerreview.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Peers' levels per criterion, aggregated by median (robust to one harsh or generous reviewer). */
final class Grades {

    private Grades() {
    }

    static double median(List<Integer> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values");
        }
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /** Median per criterion over the given reviews' levels; criteria no review rated are left out. */
    static Map<String, Double> medians(List<String> criteria, Collection<Map<String, Integer>> reviews) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (String criterion : criteria) {
            List<Integer> levels = reviews.stream().map(r -> r.get(criterion)).filter(l -> l != null).toList();
            if (!levels.isEmpty()) {
                result.put(criterion, median(levels));
            }
        }
        return result;
    }
}
