package fi.polku.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin sets Spring Security's static context-holder strategy when an application context
 * starts. The test suite runs several contexts (different content folders) and Spring caches them,
 * so a test running in an older cached context would read the static holder of a newer one. This
 * points the static holder back at the running test's own context before anything else happens.
 */
public class SecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        point(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        point(testContext);
    }

    private static void point(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
