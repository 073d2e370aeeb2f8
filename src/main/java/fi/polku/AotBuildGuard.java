package fi.polku;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.thread.Threading;
import org.springframework.boot.tomcat.autoconfigure.TomcatVirtualThreadsWebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Refuses to start a Spring AOT build ({@code -Dspring.aot.enabled=true}) whose settings ask for a
 * feature the build left out, or leave out one the build put in.
 * <p>
 * Spring AOT decides the beans' conditions when the jar is built ({@code process-aot}), with the
 * build's settings. Two of Polku's features exist only under a condition on settings an operator
 * gives at run time: e-mail ({@code spring.mail.host}: password reset, notification digests) and
 * single sign-on ({@code spring.security.oauth2.client.registration.*}); and requests are handled on
 * virtual threads only when {@code spring.threads.virtual.enabled} was true in the build (it is by
 * default: decision 024). Started with AOT and those
 * settings, a build made without them would run without mail or sign-on and say nothing; this says
 * so at start-up instead, and how to fix it (docs/DEPLOYMENT.md, "Start-up"). Without AOT the
 * conditions are evaluated at start-up as usual and this checks nothing.
 */
@Component
class AotBuildGuard {

    AotBuildGuard(Environment environment, ListableBeanFactory beans) {
        if (AotDetector.useGeneratedArtifacts()) {
            List<String> problems = problems(environment,
                    type -> beans.getBeanNamesForType(type, true, false).length > 0);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join("\n", problems));
            }
        }
    }

    /** What differs between the settings and the beans the AOT build made, one sentence each. */
    static List<String> problems(Environment environment, Predicate<Class<?>> hasBean) {
        List<String> problems = new ArrayList<>();
        boolean mailSet = !environment.getProperty("spring.mail.host", "").isBlank();
        check(problems, "spring.mail.host", mailSet, hasBean.test(JavaMailSender.class),
                "e-mail would be off", "e-mail would fail");
        boolean signOnSet = !Binder.get(environment)
                .bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, Object.class))
                .orElse(Map.of()).isEmpty();
        check(problems, "spring.security.oauth2.client.registration.*", signOnSet,
                hasBean.test(ClientRegistrationRepository.class), "single sign-on would be off", "single sign-on would fail");
        check(problems, "spring.threads.virtual.enabled=true", Threading.VIRTUAL.isActive(environment),
                hasBean.test(TomcatVirtualThreadsWebServerFactoryCustomizer.class),
                "requests would be handled on platform threads", "requests would still be handled on virtual threads");
        return problems;
    }

    private static void check(List<String> problems, String setting, boolean set, boolean built,
                              String ifNotBuilt, String ifNotSet) {
        if (set && !built) {
            problems.add(setting + " is set, but this Spring AOT build was made without it, so " + ifNotBuilt
                    + ". Start without -Dspring.aot.enabled=true, or build with the same "
                    + "setting (docs/DEPLOYMENT.md, \"Start-up\").");
        } else if (!set && built) {
            problems.add("This Spring AOT build was made with " + setting + ", but it is not set now, so "
                    + ifNotSet + ". Start without -Dspring.aot.enabled=true, or set it "
                    + "(docs/DEPLOYMENT.md, \"Start-up\").");
        }
    }
}
