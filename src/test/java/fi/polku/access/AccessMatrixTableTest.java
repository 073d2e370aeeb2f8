package fi.polku.access;

import fi.polku.access.AccessMatrix.Viewpoint;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The table itself: readable in full, and a route without a row is named, not silently skipped. */
class AccessMatrixTableTest {

    @Test
    void everyRowSaysSomethingForEachOfTheSixViewpoints() {
        AccessMatrix matrix = AccessMatrix.load();
        assertThat(matrix.rows()).isNotEmpty().allSatisfy(row ->
                assertThat(row.expected().keySet()).as(row.name()).containsExactly(Viewpoint.values()));
        assertThat(matrix.names(Set.of("view"))).contains("view ", "view kits/:kitId([0-9a-fA-F-]{36})");
    }

    @Test
    void aNewRouteWithoutARowAndARowWithoutARouteAreBothNamed() {
        Set<String> running = Set.of("view courses", "view reset-password/:token");
        Set<String> table = Set.of("view courses", "view old-page");
        assertThat(AccessMatrix.differences(running, table)).containsExactly(
                "no row in access-matrix.csv for: view reset-password/:token",
                "row in access-matrix.csv matches nothing in the application: view old-page");
    }

    @Test
    void nothingIsReportedWhenTableAndApplicationAgree() {
        assertThat(AccessMatrix.differences(Set.of("GET /x"), Set.of("GET /x"))).isEmpty();
    }
}
