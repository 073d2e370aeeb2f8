package fi.polku.access;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import fi.polku.access.AccessMatrix.Row;
import fi.polku.access.AccessMatrix.Viewpoint;
import fi.polku.access.ViewProbe.Seen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix (issue #9): every route, endpoint and download of the running application
 * against six viewpoints, as security/access-matrix.csv expects. Its own context (the property), as
 * the fixtures add users and a cohort that other tests do not expect.
 */
@SpringBootTest(properties = "polku.test.context=access-matrix")
class AccessMatrixTest extends SpringBrowserlessTest {

    private static final Set<String> HTTP = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "ANY");

    @Autowired WebApplicationContext context;
    @Autowired PathMappedEndpoints actuator;

    final AccessMatrix matrix = AccessMatrix.load();
    AccessFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = AccessFixtures.in(context);
    }

    @Test
    void everyRouteEndpointAndDownloadHasARowAndEveryRowARoute() throws Exception {
        Set<String> views = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).map(t -> "view " + t).collect(Collectors.toCollection(TreeSet::new));
        Set<String> http = new TreeSet<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                .forEach((info, method) -> {
                    if (method.getBeanType().getPackageName().startsWith("fi.polku")) {
                        Set<String> verbs = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
                                : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
                        verbs.forEach(v -> info.getPatternValues().forEach(p -> http.add(v + " " + p)));
                    }
                });
        actuator.getAllPaths().forEach(p -> http.add("GET " + p));
        http.add("GET " + actuator.getBasePath());
        http.add("GET " + actuator.getBasePath() + "/{unexposed}");
        Set<String> downloads = DownloadProbe.discover().stream().map(f -> "download " + f)
                .collect(Collectors.toCollection(TreeSet::new));

        List<String> problems = new ArrayList<>();
        problems.addAll(AccessMatrix.differences(views, matrix.names(Set.of("view"))));
        problems.addAll(AccessMatrix.differences(http, matrix.names(HTTP)));
        problems.addAll(AccessMatrix.differences(downloads, matrix.names(Set.of("download"))));
        assertThat(problems).as("routes, endpoints and downloads against the matrix").isEmpty();
    }

    @Test
    void everyViewpointGetsWhatTheMatrixSaysAndNoDeniedOneSeesTheContent() throws Exception {
        AccessTargets targets = new AccessTargets(fixtures);
        ViewProbe views = new ViewProbe(this::getCurrentView);
        HttpProbe http = new HttpProbe(context);
        DownloadProbe downloads = new DownloadProbe(context, fixtures);
        List<String> failures = new ArrayList<>();
        int rows = 0;
        int checks = 0;
        for (Row row : matrix.rows()) {
            rows++;
            for (Viewpoint viewpoint : Viewpoint.values()) {
                checks++;
                Seen seen = switch (row.kind()) {
                    case "view" -> {
                        fixtures.as(Viewpoint.ANONYMOUS);
                        views.reset();
                        fixtures.as(viewpoint);
                        yield views.open(targets.of(row));
                    }
                    case "download" -> {
                        fixtures.as(viewpoint);
                        yield downloads.fetch(row.key());
                    }
                    default -> row.key().endsWith("/{unexposed}")
                            ? http.requestEach(AccessTargets.UNEXPOSED_ACTUATOR.stream()
                                    .map(id -> actuator.getBasePath() + "/" + id).toList(), http.session(viewpoint))
                            : http.request(targets.of(row), http.session(viewpoint));
                };
                var expected = row.expected().get(viewpoint);
                if (seen.outcome() != expected || seen.leaked()) {
                    failures.add(String.format("%-48s %-17s expected %-7s saw %-7s%s (%s)", row.name(),
                            viewpoint, expected, seen.outcome(), seen.leaked() ? " LEAKED CONTENT" : "", seen.detail()));
                }
            }
        }
        fixtures.as(Viewpoint.ANONYMOUS);
        System.out.printf("routes × viewpoints checked: %d × %d = %d%n", rows, Viewpoint.values().length, checks);
        assertThat(failures).as("cells of the access matrix that do not hold").isEmpty();
    }
}
