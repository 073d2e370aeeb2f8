package fi.polku.accounts.ui;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Sign-ins during a login storm: the same answers as bcrypt, never more checks at once than allowed. */
class SeparatePasswordHashingTest {

    @Test
    void hashesAndChecksAsSpringSecurityDoes() {
        try (SeparatePasswordHashing encoder =
                     new SeparatePasswordHashing(PasswordEncoderFactories.createDelegatingPasswordEncoder(), 1)) {
            String hash = encoder.encode("Kesäpäivä-öljy-å1");

            assertThat(hash).startsWith("{bcrypt}$2a$10$");
            // a hash made here is one any bcrypt check accepts, and one made elsewhere is accepted here
            assertThat(new BCryptPasswordEncoder().matches("Kesäpäivä-öljy-å1", hash.substring("{bcrypt}".length())))
                    .isTrue();
            assertThat(encoder.matches("Kesäpäivä-öljy-å1", "{bcrypt}" + new BCryptPasswordEncoder().encode("Kesäpäivä-öljy-å1")))
                    .isTrue();
            assertThat(encoder.matches("Kesapaiva-oljy-a1", hash)).isFalse();
            assertThat(encoder.upgradeEncoding(hash)).isFalse();
        }
    }

    @Test
    void aStoredHashTheEncoderCannotReadFailsAsItWouldWithoutThePool() {
        try (SeparatePasswordHashing encoder =
                     new SeparatePasswordHashing(PasswordEncoderFactories.createDelegatingPasswordEncoder(), 1)) {
            assertThatThrownBy(() -> encoder.matches("salasana", "no-prefix-here"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("password encoding prefix");
        }
    }

    @Test
    void manySignInsAtOnceRunAtMostTheAllowedNumberOfChecksTogetherAndAllGetTheirAnswer() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch allWaiting = new CountDownLatch(1);
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "hash:" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    allWaiting.await(5, TimeUnit.SECONDS);
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
                return encoded.equals("hash:" + raw);
            }
        };
        try (SeparatePasswordHashing encoder = new SeparatePasswordHashing(slow, 2)) {
            List<Thread> signIns = new ArrayList<>();
            boolean[] answers = new boolean[20];
            for (int i = 0; i < answers.length; i++) {
                int n = i;
                // request threads are virtual (spring.threads.virtual.enabled): twenty wait, none holds a core
                signIns.add(Thread.ofVirtual().start(
                        () -> answers[n] = encoder.matches("opettaja" + n, n % 2 == 0 ? "hash:opettaja" + n : "hash:muu")));
            }
            Thread.sleep(200); // let all twenty submit their check
            allWaiting.countDown();
            for (Thread signIn : signIns) {
                signIn.join(10_000);
                assertThat(signIn.isAlive()).isFalse();
            }
            assertThat(most.get()).isEqualTo(2);
            for (int i = 0; i < answers.length; i++) {
                assertThat(answers[i]).as("sign-in %d", i).isEqualTo(i % 2 == 0);
            }
        }
    }

    @Test
    void onLinuxTheChecksRunAtTheLowestPrioritySoPagesComeFirst() throws Exception {
        PasswordEncoder niceOfItsThread = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                try {
                    String stat = Files.readString(Path.of("/proc/thread-self/stat"));
                    // the fields after "(name) ": state is field 3, nice field 19
                    return stat.substring(stat.lastIndexOf(") ") + 2).split(" ")[16];
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return false;
            }
        };
        assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only");
        try (SeparatePasswordHashing encoder = new SeparatePasswordHashing(niceOfItsThread, 1)) {
            assertThat(niceOfItsThread.encode("")).as("the test's own thread").isEqualTo("0");
            assertThat(encoder.encode("")).as("a hashing thread").isEqualTo("19");
        }
    }

    @Test
    void refusesAPoolOfNoThreads() {
        assertThatThrownBy(() -> new SeparatePasswordHashing(new BCryptPasswordEncoder(), 0))
                .hasMessageContaining("polku.login.hashing-threads");
    }
}
